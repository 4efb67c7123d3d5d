/**
 * The glossary (content/glossary.yaml): a list of terms, each with zh and en names, synonyms
 * across frameworks and the chapter that teaches it.
 */
import { z } from 'zod';
import { text } from './text.ts';
import { idSchema } from './account.ts';

export const glossaryEntrySchema = z.strictObject({
  id: idSchema,
  zh: text.describe('the Chinese name used in the chapters'),
  en: text.describe('the English name'),
  synonyms: z.array(text).default([]).describe('other names for the same idea, in any framework or language'),
  definition: text,
  chapter: z
    .string()
    .regex(/^\d{2}-[a-z0-9-]+$/, 'a chapter file name without .mdx, e.g. "04-buying-roles"')
    .describe('the chapter that teaches the term (file name without .mdx)'),
});

export const glossarySchema = z.array(glossaryEntrySchema);

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
