import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/validation/contentFiles.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { readContent } from '../../src/build/contentValidation.ts';
import { setMessageLocale } from '../../src/validation/messages.ts';

// These tests pin the English wording; the Chinese messages have their own snapshot tests.
setMessageLocale('en');

const root = new URL('../../', import.meta.url).pathname;
const problemsOf = (text: string) => checkGlossary({ file: 'content/glossary.yaml', text }).problems.map(formatProblem);

const ENTRY = `- id: eb
  zh: 决策者
  en: Economic Buyer (EB)
  synonyms: [EB, 拍板人]
  definition: 批准资金并最终拍板的人。
  chapter: 04-buying-roles
`;

describe('the glossary', () => {
  it('names every framework synonym the course relies on', () => {
    const byId = new Map(readContent(root).glossary.map((entry) => [entry.id, entry]));
    expect(byId.get('coach')?.synonyms).toEqual(expect.arrayContaining(['champion']));
    expect(byId.get('coach')?.zh).toBe('内线');
    expect(byId.get('eb')?.synonyms).toEqual(expect.arrayContaining(['拍板人']));
    for (const entry of byId.values()) expect(entry.en, entry.id).not.toBe('');
  });

  it('accepts a well-formed entry', () => {
    expect(problemsOf(ENTRY)).toEqual([]);
  });

  it('locates a missing definition, a misspelt field and a bad chapter name, all at once', () => {
    const text = ENTRY.replace('  definition: 批准资金并最终拍板的人。\n', '')
      .replace('synonyms', 'synonym')
      .replace('04-buying-roles', 'buying roles');
    expect(problemsOf(text)).toEqual([
      'content/glossary.yaml:1:3  [0].definition  required field is missing: expected text',
      'content/glossary.yaml:4:3  [0].synonym  unknown field "synonym"; did you mean "synonyms"? (allowed here: id, zh, en, synonyms, definition, chapter)',
      'content/glossary.yaml:5:12  [0].chapter  expected a chapter file name without .mdx, e.g. "04-buying-roles"; found "buying roles"',
    ]);
  });

  it('says the file must be a list when it is a mapping', () => {
    expect(problemsOf('eb:\n  zh: 决策者\n')).toEqual([
      'content/glossary.yaml:1:1  (file)  the file is not a list; expected a list of terms (- id: …, zh: …, en: …, synonyms: […], definition: …, chapter: …)',
    ]);
  });
});
