/**
 * Checks chapters (MDX frontmatter) and the glossary (YAML) with the same located messages as
 * case files: file, line, field path, expected vs found, every problem at once. Also checks the
 * references between them: terms a chapter names, <Term id> in a chapter body, the chapter a
 * glossary entry points to, and the sample accounts chapters draw on.
 */
import { chapterSchema, type Chapter } from '../schemas/chapter.ts';
import { glossarySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { didYouMean, sortProblems, type FieldPath, type Problem } from './problem.ts';
import { schemaProblems } from './schemaProblems.ts';
import { readYamlSource, type YamlSource } from './yamlSource.ts';

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
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          path: '',
          severity: 'error',
          message:
            'expected the chapter to start with frontmatter between two lines of "---" (title, order, summary, …)',
        },
      ],
    };
  }
  const inner = readYamlSource(file, match[1]!, {
    shape: 'mapping',
    description: 'chapter frontmatter as a mapping of fields (title: …, order: …, summary: …)',
  });
  // The block starts on line 2 of the file.
  const source: YamlSource = {
    ...inner,
    problems: inner.problems.map((problem) => ({ ...problem, line: problem.line + 1 })),
    locate: (path, options) => {
      const at = inner.locate(path, options);
      return { line: at.line + 1, column: at.column };
    },
  };
  const problems = [...source.problems];
  if (problems.some((problem) => problem.severity === 'error')) return { problems };
  const parsed = chapterSchema.safeParse(source.data);
  if (!parsed.success)
    return { problems: [...problems, ...schemaProblems(source, chapterSchema, parsed.error.issues)] };
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return {
    chapter: { id: chapterIdOf(file), file, data: parsed.data, body: text.slice(match[0].length), bodyLine, source },
    problems,
  };
}

export function checkGlossary(input: ContentFile): {
  entries?: GlossaryEntry[];
  source: YamlSource;
  problems: Problem[];
} {
  const source = readYamlSource(input.file, input.text, {
    shape: 'list',
    description: 'a list of terms (- id: …, zh: …, en: …, synonyms: […], definition: …, chapter: …)',
  });
  const problems = [...source.problems];
  if (problems.some((problem) => problem.severity === 'error')) return { source, problems };
  const parsed = glossarySchema.safeParse(source.data);
  if (!parsed.success) {
    return {
      source,
      problems: sortProblems([...problems, ...schemaProblems(source, glossarySchema, parsed.error.issues)]),
    };
  }
  return { entries: parsed.data, source, problems };
}

/** Every chapter and the glossary together, with the references between them and to accounts. */
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

  const error = (source: YamlSource, path: FieldPath, fieldPath: string, message: string): Problem => ({
    file: source.file,
    ...source.locate(path),
    path: fieldPath,
    severity: 'error',
    message,
  });

  const chapterIds = chapters.map((chapter) => chapter.id);
  const termIds = glossary.map((entry) => entry.id);
  const termSet = new Set(termIds);

  // Reading order must be unambiguous.
  const byOrder = new Map<number, string>();
  for (const chapter of chapters) {
    const other = byOrder.get(chapter.data.order);
    if (other) {
      problems.push(
        error(
          chapter.source,
          ['order'],
          'order',
          `order ${chapter.data.order} is already used by ${other}; expected a unique number`,
        ),
      );
    } else byOrder.set(chapter.data.order, chapter.file);

    chapter.data.terms.forEach((term, index) => {
      if (!termSet.has(term)) {
        problems.push(
          error(
            chapter.source,
            ['terms', index],
            `terms[${index}]`,
            `unknown term "${term}": expected the id of an entry in ${input.glossary.file}${didYouMean(term, termIds)}`,
          ),
        );
      }
    });
    if (chapter.data.account && !input.accountIds.has(chapter.data.account)) {
      problems.push(
        error(
          chapter.source,
          ['account'],
          'account',
          `unknown account "${chapter.data.account}": expected the id of a case file in accounts/${didYouMean(chapter.data.account, input.accountIds)}`,
        ),
      );
    }
    problems.push(...bodyReferenceProblems(chapter, termIds, input.accountIds));
  }

  const seenTerms = new Map<string, number>();
  glossary.forEach((entry, index) => {
    const first = seenTerms.get(entry.id);
    if (first !== undefined) {
      problems.push(
        error(
          glossaryResult.source,
          [index, 'id'],
          `[${index}].id`,
          `term id "${entry.id}" is already used by entry [${first}]`,
        ),
      );
    } else seenTerms.set(entry.id, index);
    if (chapters.length > 0 && !chapterIds.includes(entry.chapter)) {
      problems.push(
        error(
          glossaryResult.source,
          [index, 'chapter'],
          `[${index}].chapter`,
          `unknown chapter "${entry.chapter}": expected a file name in content/chapters without .mdx${didYouMean(entry.chapter, chapterIds)}`,
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
        message: `unknown term "${match[1]}": expected the id of a glossary entry${didYouMean(match[1], termIds)}`,
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
        message: `unknown account "${match[2]}": expected the id of a case file in accounts/${didYouMean(match[2], accountIds)}`,
      });
    }
  });
  return problems;
}
