import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkChapter, checkContent } from '../../src/validation/contentFiles.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { readContent } from '../../src/build/contentValidation.ts';
import { setMessageLocale } from '../../src/validation/messages.ts';

// These tests pin the English wording; the Chinese messages have their own snapshot tests.
setMessageLocale('en');

const root = new URL('../../', import.meta.url).pathname;
const GLOSSARY = { file: 'content/glossary.yaml', text: readFileSync(`${root}content/glossary.yaml`, 'utf8') };
const ACCOUNTS = new Set(['city-hospital', 'city-bureau']);

const chapter = (frontmatter: string, body = '正文。\n') => `---\n${frontmatter}\n---\n\n${body}`;
const GOOD = [
  'title: 测试章',
  'order: 1',
  'summary: 一句话摘要。',
  'duration: 30',
  'objectives:',
  '  - 能够说出一件事',
  'keyPoints:',
  '  - 要点一',
  'terms: [eb]',
  'worksheet: man',
  'account: city-hospital',
].join('\n');

function problemsOf(text: string, file = 'content/chapters/01-test.mdx'): string[] {
  return checkContent({ chapters: [{ file, text }], glossary: GLOSSARY, accountIds: ACCOUNTS })
    .problems.filter((problem) => problem.file === file)
    .map(formatProblem);
}

describe('the chapters in content/', () => {
  it('all twelve pass validation, in a unique reading order, and every glossary term names a real chapter', () => {
    const content = readContent(root);
    expect(content.problems.map(formatProblem)).toEqual([]);
    expect(content.chapters.map((entry) => entry.data.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(content.glossary.length).toBeGreaterThanOrEqual(80);
  });

  it('each chapter has objectives, key points, a worked example from a sample account, an exercise and trainer notes', () => {
    for (const entry of readContent(root).chapters) {
      expect(entry.data.objectives.length, entry.file).toBeGreaterThan(0);
      expect(entry.body, entry.file).toMatch(
        /<(PeopleTable|PowerInterestTable|ManTable|RoleCoverage|RedFlags|DecisionProcess|TeamCoverage|InformationTable) account="/,
      );
      expect(entry.body, entry.file).toMatch(/<Exercise worksheet="/);
      expect(entry.body, entry.file).toMatch(/<TrainerNotes>/);
    }
  });
});

describe('chapter frontmatter errors are located like case-file errors', () => {
  it('accepts a complete chapter', () => {
    expect(problemsOf(chapter(GOOD))).toEqual([]);
  });

  it('names the file line, field and expected value of a wrong field, counting lines of the .mdx file', () => {
    const text = chapter(GOOD.replace('duration: 30', 'duration: 半小时'));
    expect(problemsOf(text)).toEqual([
      'content/chapters/01-test.mdx:5:11  duration  expected a number; found "半小时"',
    ]);
  });

  it('reports every problem at once: missing field, misspelt field with a suggestion, unknown worksheet', () => {
    const text = chapter(
      GOOD.replace('summary: 一句话摘要。\n', '')
        .replace('keyPoints:', 'keypoints:')
        .replace('worksheet: man', 'worksheet: mann'),
    );
    const problems = problemsOf(text);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/chapters\/01-test\.mdx:\d+:\d+ {2}summary {2}required field is missing/),
        expect.stringMatching(/:7:1 {2}keypoints {2}unknown field "keypoints"; did you mean "keyPoints"\?/),
        expect.stringMatching(
          /:10:12 {2}worksheet {2}expected one of man, power-interest.*found "mann"; did you mean "man"\?/,
        ),
      ]),
    );
  });

  it('reports unknown glossary terms and accounts in the frontmatter and in the body, with their lines', () => {
    const text = chapter(
      GOOD.replace('terms: [eb]', 'terms: [eb, ebb]').replace('account: city-hospital', 'account: city-hospitl'),
      ['第一段。', '', '这里讲 <Term id="coahc">内线</Term>。', '', '<PeopleTable account="city-bureu" />'].join('\n'),
    );
    expect(problemsOf(text)).toEqual([
      'content/chapters/01-test.mdx:10:13  terms[1]  unknown term "ebb": expected the id of an entry in content/glossary.yaml; did you mean "eb"?',
      'content/chapters/01-test.mdx:12:10  account  unknown account "city-hospitl": expected the id of a case file in accounts/; did you mean "city-hospital"?',
      'content/chapters/01-test.mdx:17:5  <Term id>  unknown term "coahc": expected the id of an entry in content/glossary.yaml; did you mean "coach"?',
      'content/chapters/01-test.mdx:19:1  <PeopleTable account>  unknown account "city-bureu": expected the id of a case file in accounts/; did you mean "city-bureau"?',
    ]);
  });

  it('reports an unknown section of the compliance page named by <ComplianceLink>, with its line', () => {
    const text = chapter(GOOD, ['见<ComplianceLink section="gift">合规红线</ComplianceLink>。'].join('\n'));
    expect(problemsOf(text)).toEqual([
      'content/chapters/01-test.mdx:15:2  <ComplianceLink section>  the compliance page has no section "gift": expected one of procurement, gifts, tender-information, bid-rigging; did you mean "gifts"?',
    ]);
  });

  it('says what is wrong when the frontmatter is missing or is not YAML', () => {
    expect(checkChapter({ file: 'x.mdx', text: '# 标题\n' }).problems.map(formatProblem)).toEqual([
      'x.mdx:1:1  (file)  expected the chapter to start with frontmatter between two lines of "---" (title, order, summary, …)',
    ]);
    const broken = checkChapter({ file: 'x.mdx', text: chapter('title: "未闭合\norder: 1') }).problems.map(
      formatProblem,
    );
    expect(broken[0]).toMatch(/^x\.mdx:\d+:\d+ {2}title {2}YAML syntax: /);
  });

  it('rejects two chapters with the same order', () => {
    const result = checkContent({
      chapters: [
        { file: 'content/chapters/01-a.mdx', text: chapter(GOOD) },
        { file: 'content/chapters/02-b.mdx', text: chapter(GOOD) },
      ],
      glossary: GLOSSARY,
      accountIds: ACCOUNTS,
    });
    expect(result.problems.map(formatProblem)).toContain(
      'content/chapters/02-b.mdx:3:8  order  order 1 is already used by content/chapters/01-a.mdx; expected a unique number',
    );
  });
});
