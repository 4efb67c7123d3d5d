/**
 * Content collections: the methodology chapters (MDX) and the glossary (one YAML list). The
 * schemas live in src/schemas/; src/build/contentValidation.ts reports their errors with lines.
 */
import type { z } from 'zod';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';

/**
 * Under `astro dev` an entry that does not match its schema is kept as written instead of
 * stopping the server with a stack trace: every page shows its located problems until it is
 * fixed (src/build/devProblems.ts). A build stops on them before any collection loads.
 */
function keptAsWrittenInDev<T extends z.ZodType>(schema: T) {
  return import.meta.env.DEV ? schema.catch(({ value }) => value as z.output<T>) : schema;
}

const chapters = defineCollection({
  // The id is the file name (e.g. 04-buying-roles): glossary entries refer to it.
  loader: glob({
    pattern: '*.mdx',
    base: './content/chapters',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: keptAsWrittenInDev(chapterSchema),
});

const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: keptAsWrittenInDev(glossaryEntrySchema),
});

export const collections = { chapters, glossary };
