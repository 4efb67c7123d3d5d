/**
 * Content collections: the methodology chapters (MDX) and the glossary (one YAML list). The
 * schemas live in src/schemas/; src/build/contentValidation.ts reports their errors with lines.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';

const chapters = defineCollection({
  // The id is the file name (e.g. 04-buying-roles): glossary entries refer to it.
  loader: glob({
    pattern: '*.mdx',
    base: './content/chapters',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: chapterSchema,
});

const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: glossaryEntrySchema,
});

export const collections = { chapters, glossary };
