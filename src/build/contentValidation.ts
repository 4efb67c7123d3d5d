/**
 * Fails `astro dev` and `astro build` with located messages when a chapter's frontmatter or the
 * glossary is wrong, before Astro's own collection errors (which name no line) can appear.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { findCaseFiles, validateFiles } from '../model/loadAccounts.ts';
import { checkContent, type ContentFile, type ContentResult } from '../validation/contentFiles.ts';
import { say } from '../validation/messages.ts';
import { formatProblem, throwIfProblems } from '../validation/problem.ts';

export const CHAPTERS_DIR = 'content/chapters';
export const GLOSSARY_FILE = 'content/glossary.yaml';

export function readContent(root: string): ContentResult {
  const read = (file: string): ContentFile => ({ file, text: readFileSync(join(root, file), 'utf8') });
  const chapters = readdirSync(join(root, CHAPTERS_DIR))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => read(`${CHAPTERS_DIR}/${name}`));
  const accountIds = new Set(validateFiles(root, findCaseFiles(root)).known.keys());
  return checkContent({ chapters, glossary: read(GLOSSARY_FILE), accountIds });
}

export function contentValidation(): AstroIntegration {
  return {
    name: 'kam-workbook:content-validation',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { problems } = readContent(new URL('.', config.root).pathname);
        for (const problem of problems) {
          if (problem.severity === 'warning') logger.warn(formatProblem(problem));
        }
        throwIfProblems(problems, say().whereContent());
      },
    },
  };
}
