/**
 * Content collections: the methodology chapters (MDX), the 合规红线 page and the glossary (one YAML
 * list), read from the content root (src/model/contentRoot.ts). The schemas live in src/schemas/;
 * src/build/contentValidation.ts reports their errors with lines.
 */
import { join } from 'node:path';
import type { z } from 'zod';
// Not from 'astro:content': loading this file through that module makes Astro's content sync
// transform its whole content runtime first (about 110 modules, ~0.5 s of a cold build), and
// `defineCollection` is the same function here.
import { defineCollection } from 'astro/content/config';
import { file, glob } from 'astro/loaders';
import { CHAPTERS_DIR, contentRoot, GLOSSARY_FILE } from './model/contentRoot.ts';
import { chapterSchema, compliancePageSchema } from './schemas/chapter.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';

/**
 * Under `astro dev` an entry that does not match its schema is kept as written instead of
 * stopping the server with a stack trace: every page shows its located problems until it is
 * fixed (src/build/devProblems.ts). A build stops on them before any collection loads.
 */
function keptAsWrittenInDev<T extends z.ZodType>(schema: T) {
  return import.meta.env.DEV ? schema.catch(({ value }) => value as z.output<T>) : schema;
}

const root = contentRoot();
const mdxId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

const chapters = defineCollection({
  // The id is the file name (e.g. 04-buying-roles): glossary entries refer to it.
  loader: glob({ pattern: '*.mdx', base: join(root, CHAPTERS_DIR), generateId: mdxId }),
  schema: keptAsWrittenInDev(chapterSchema),
});

const compliance = defineCollection({
  loader: glob({ pattern: 'compliance.mdx', base: join(root, 'content'), generateId: mdxId }),
  schema: keptAsWrittenInDev(compliancePageSchema),
});

const glossary = defineCollection({
  loader: file(join(root, GLOSSARY_FILE)),
  schema: keptAsWrittenInDev(glossaryEntrySchema),
});

export const collections = { chapters, compliance, glossary };
