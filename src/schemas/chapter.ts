/**
 * A methodology chapter's frontmatter (content/chapters/NN-name.mdx). Validated by the content
 * collection and, with located messages, before the build starts (src/validation/contentFiles.ts).
 */
import { z } from 'zod';
import { text } from './text.ts';
import { idSchema } from './account.ts';
import { WORKSHEET_KINDS } from './worksheet.ts';

/** Sections of the 合规红线 page (content/compliance.mdx) that `<ComplianceLink section>` may name. */
export const COMPLIANCE_SECTIONS = ['procurement', 'gifts', 'tender-information', 'bid-rigging'] as const;
export type ComplianceSection = (typeof COMPLIANCE_SECTIONS)[number];

/** The 合规红线 page's frontmatter. */
export const compliancePageSchema = z.strictObject({
  title: text.describe('page title'),
  summary: text.describe('one or two sentences under the title'),
});

export const chapterSchema = z.strictObject({
  title: text.describe('chapter title, shown in the sidebar and search'),
  order: z.int().min(1).describe('reading order, 1 first; unique across chapters'),
  summary: text.describe('one or two sentences for the chapter list and search'),
  duration: z.int().min(1).describe('estimated teaching time in minutes'),
  objectives: z.array(text).min(1).describe('what trainees can do after the chapter'),
  keyPoints: z.array(text).min(1),
  terms: z.array(idSchema).default([]).describe('glossary ids the chapter teaches'),
  worksheet: z.enum(WORKSHEET_KINDS).optional().describe('the worksheet the exercise links to'),
  account: idSchema.optional().describe('the sample account the worked example draws on'),
});

export type Chapter = z.infer<typeof chapterSchema>;
