/**
 * Checks chapters (MDX frontmatter) and the glossary (YAML) with the same located messages as
 * case files: file, line, field path, expected vs found, every problem at once. Also checks the
 * references between them: terms a chapter names, <Term id> in a chapter body, the chapter a
 * glossary entry points to, and the sample accounts chapters draw on.
 */
import { chapterSchema, COMPLIANCE_SECTIONS, type Chapter } from '../schemas/chapter.ts';
import { glossarySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { locatedProblem, validateDocument } from './document.ts';
import { say } from './messages.ts';
import { collectUnique, didYouMean, type FieldPath, type Problem } from './problem.ts';
import { asEntries, asString } from './rawData.ts';
import type { YamlSource } from './yamlSource.ts';

export interface ContentFile {
  /** Path shown in messages, relative to the project root. */
  file: string;
  text: string;
}

export interface CheckedChapter {
  /** The file name without `.mdx`: the chapter's id and URL segment. */
  id: string;
  file: string;
  data: Chapter;
  body: string;
  /** Line of the file where the body starts (1-based). */
  bodyLine: number;
  source: YamlSource;
}

export interface ContentResult {
  chapters: CheckedChapter[];
  glossary: GlossaryEntry[];
  problems: Problem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function chapterIdOf(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.mdx?$/, '');
}

/** Reads one chapter's frontmatter; positions are lines of the .mdx file, not of the block. */
export function checkChapter(input: ContentFile): { chapter?: CheckedChapter; problems: Problem[] } {
  const { file, text } = input;
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return { problems: [{ file, line: 1, column: 1, path: '', severity: 'error', message: say().noFrontmatter() }] };
  }
  const { value, source, problems } = validateDocument({
    file,
    text: match[1]!,
    schema: chapterSchema,
    expectation: { shape: 'mapping', description: say().expectChapter() },
    lineOffset: 1,
  });
  if (!value) return { problems };
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return {
    chapter: { id: chapterIdOf(file), file, data: value, body: text.slice(match[0].length), bodyLine, source },
    problems,
  };
}

export function checkGlossary(input: ContentFile): {
  entries?: GlossaryEntry[];
  /** Term ids written in the file, even when it has errors. */
  termIds: string[];
  source: YamlSource;
  problems: Problem[];
} {
  const { value, data, source, problems } = validateDocument({
    ...input,
    schema: glossarySchema,
    expectation: { shape: 'list', description: say().expectGlossary() },
  });
  const termIds = asEntries(data).flatMap((entry) => asString(entry.id) ?? []);
  return { entries: value, termIds, source, problems };
}

/**
 * Every chapter and the glossary together, with the references between them and to accounts.
 * References count what exists, valid or not: a chapter or glossary with errors of its own is
 * reported once, where it is, not again wherever it is named.
 */
export function checkContent(input: {
  chapters: readonly ContentFile[];
  glossary: ContentFile;
  accountIds: ReadonlySet<string>;
}): ContentResult {
  const problems: Problem[] = [];
  const chapters: CheckedChapter[] = [];
  for (const file of input.chapters) {
    const result = checkChapter(file);
    problems.push(...result.problems);
    if (result.chapter) chapters.push(result.chapter);
  }
  const glossaryResult = checkGlossary(input.glossary);
  problems.push(...glossaryResult.problems);
  const glossary = glossaryResult.entries ?? [];

  const at = (source: YamlSource, path: FieldPath, message: string) => locatedProblem(source, path, message);
  const chapterIds = input.chapters.map((chapter) => chapterIdOf(chapter.file));
  const termIds = glossaryResult.termIds;
  const termSet = new Set(termIds);

  // Reading order must be unambiguous.
  collectUnique(
    chapters,
    (chapter) => String(chapter.data.order),
    (chapter, first) =>
      problems.push(
        at(chapter.source, ['order'], say().orderUsed({ order: chapter.data.order, other: chapters[first]!.file })),
      ),
  );
  for (const chapter of chapters) {
    chapter.data.terms.forEach((term, index) => {
      if (!termSet.has(term)) {
        problems.push(
          at(
            chapter.source,
            ['terms', index],
            say().unknownTerm({ id: term, glossary: input.glossary.file, hint: didYouMean(term, termIds) }),
          ),
        );
      }
    });
    const account = chapter.data.account;
    if (account && !input.accountIds.has(account)) {
      problems.push(
        at(
          chapter.source,
          ['account'],
          say().unknownAccount({ id: account, hint: didYouMean(account, input.accountIds) }),
        ),
      );
    }
    problems.push(...bodyReferenceProblems(chapter, termIds, input.accountIds, input.glossary.file));
  }

  collectUnique(
    glossary,
    (entry) => entry.id,
    (entry, first, index) =>
      problems.push(at(glossaryResult.source, [index, 'id'], say().termUsed({ id: entry.id, first }))),
  );
  glossary.forEach((entry, index) => {
    if (chapterIds.length > 0 && !chapterIds.includes(entry.chapter)) {
      problems.push(
        at(
          glossaryResult.source,
          [index, 'chapter'],
          say().unknownChapter({ id: entry.chapter, hint: didYouMean(entry.chapter, chapterIds) }),
        ),
      );
    }
  });

  return { chapters: chapters.sort((a, b) => a.data.order - b.data.order), glossary, problems };
}

/** `<Term id="…">` and `account="…"` inside the MDX body, located on their own line. */
function bodyReferenceProblems(
  chapter: CheckedChapter,
  termIds: readonly string[],
  accountIds: ReadonlySet<string>,
  glossaryFile: string,
): Problem[] {
  const problems: Problem[] = [];
  const terms = new Set(termIds);
  chapter.body.split('\n').forEach((lineText, index) => {
    const line = chapter.bodyLine + index;
    for (const match of lineText.matchAll(/<Term\s+id="([^"]*)"/g)) {
      if (terms.has(match[1]!)) continue;
      problems.push({
        file: chapter.file,
        line,
        column: match.index + 1,
        path: '<Term id>',
        severity: 'error',
        message: say().unknownTerm({ id: match[1]!, glossary: glossaryFile, hint: didYouMean(match[1], termIds) }),
      });
    }
    for (const match of lineText.matchAll(/<ComplianceLink\s+section="([^"]*)"/g)) {
      if ((COMPLIANCE_SECTIONS as readonly string[]).includes(match[1]!)) continue;
      problems.push({
        file: chapter.file,
        line,
        column: match.index + 1,
        path: '<ComplianceLink section>',
        severity: 'error',
        message: say().unknownComplianceSection({
          id: match[1]!,
          sections: COMPLIANCE_SECTIONS,
          hint: didYouMean(match[1], COMPLIANCE_SECTIONS),
        }),
      });
    }
    for (const match of lineText.matchAll(/<([A-Z]\w*)\s[^>]*?account="([^"]*)"/g)) {
      if (accountIds.has(match[2]!)) continue;
      problems.push({
        file: chapter.file,
        line,
        column: match.index + 1,
        path: `<${match[1]} account>`,
        severity: 'error',
        message: say().unknownAccount({ id: match[2]!, hint: didYouMean(match[2], accountIds) }),
      });
    }
  });
  return problems;
}
