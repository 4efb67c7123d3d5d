import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateAssessmentContent } from '../../src/assessment/load.ts';
import { answerMode, fillCaseNames, lettersOf, questionView } from '../../src/assessment/present.ts';
import { assessmentDebrief, checkAnswer, latestPerTrainee, scoreSubmission } from '../../src/assessment/score.ts';
import {
  answeredCount,
  assessmentStorageKey,
  emptySubmission,
  restoreSubmission,
  submissionFileName,
} from '../../src/assessment/submission.ts';
import { readSubmissionFile } from '../../src/assessment/submissionFile.ts';
import { validateSelfCheckText, validateWorkshopTestText } from '../../src/assessment/validate.ts';
import { withoutTrainerMaterial } from '../../src/model/edition.ts';
import { findCaseFiles, validateFiles } from '../../src/model/loadAccounts.ts';
import { MAX_ASSESSMENT_BYTES, type Submission } from '../../src/schemas/quiz.ts';
import { setMessageLocale } from '../../src/validation/messages.ts';
import { formatProblem } from '../../src/validation/problem.ts';

// Messages are pinned in English here; one test below reads them in Chinese, the default.
setMessageLocale('en');

const root = fileURLToPath(new URL('../..', import.meta.url));
const known = {
  chapters: new Set(['05-power-interest']),
  workshops: new Set(['ws']),
  accounts: new Map([['acme', { people: new Set(['boss', 'buyer']) }]]),
};
const selfCheck = (text: string, file = 'content/quizzes/05-power-interest.yaml') =>
  validateSelfCheckText({ file, text, expectedId: '05-power-interest' }, known).problems.map(formatProblem);

const GOOD_SELF_CHECK = `questions:
  - id: q1
    kind: single
    prompt: 哪个象限？
    options:
      - { id: a, text: 重点管理 }
      - { id: b, text: 令其满意 }
    correct: [a]
    explanation: 高权力高兴趣。
  - id: q2
    kind: case
    account: acme
    person: boss
    choose: many
    prompt: 老板的角色？
    options:
      - { id: a, text: EB }
      - { id: b, text: TB }
      - { id: c, text: UB }
    correct: [a, b]
    explanation: 既拍板又把关。
`;

describe('question files: schema and rules, located like every content file', () => {
  it('accepts a valid self-check with a single-choice and a case question', () => {
    const result = validateSelfCheckText(
      { file: 'q.yaml', text: GOOD_SELF_CHECK, expectedId: '05-power-interest' },
      known,
    );
    expect(result.problems).toEqual([]);
    expect(result.selfCheck?.questions.map((question) => question.id)).toEqual(['q1', 'q2']);
  });

  it('lists every problem at once: key, ids, options, account, person, misspelt field', () => {
    const text = `questions:
  - id: q1
    kind: single
    prompt: 单选却给了两个答案
    options:
      - { id: a, text: 甲 }
      - { id: b, text: 乙 }
    correct: [a, b]
    explanation: 错。
  - id: q1
    kind: case
    account: acmee
    prompt: 案例
    options:
      - { id: a, text: 甲 }
      - { id: a, text: 乙 }
    correct: [c]
    explanation: 错。
  - id: q3
    kind: multiple
    prompt: 多选
    options:
      - { id: a, text: 甲 }
      - { id: b, text: 乙 }
    correct: [a]
    explenation: 拼错
`;
    expect(selfCheck(text)).toEqual([
      'content/quizzes/05-power-interest.yaml:8:14  questions[0].correct  a single-choice question has exactly one correct option; found 2 (use kind: multiple for several)',
      'content/quizzes/05-power-interest.yaml:10:9  questions[1].id  duplicate question id "q1": already used by questions[0]',
      'content/quizzes/05-power-interest.yaml:12:14  questions[1].account  unknown account "acmee": expected the id of a case file in accounts/; did you mean "acme"?',
      'content/quizzes/05-power-interest.yaml:16:15  questions[1].options[1].id  duplicate option id "a": expected each option of a question to have its own id',
      'content/quizzes/05-power-interest.yaml:17:15  questions[1].correct[0]  unknown option "c": expected one of a',
      'content/quizzes/05-power-interest.yaml:19:5  questions[2].explanation  required field is missing: expected text',
      'content/quizzes/05-power-interest.yaml:26:5  questions[2].explenation  unknown field "explenation"; did you mean "explanation"? (allowed here: kind, id, prompt, options, correct, explanation)',
    ]);
  });

  it('names the chapter or workshop a file name does not match', () => {
    const problems = validateSelfCheckText(
      { file: 'content/quizzes/05-power-interst.yaml', text: GOOD_SELF_CHECK, expectedId: '05-power-interst' },
      known,
    ).problems.map(formatProblem);
    expect(problems).toEqual([
      'content/quizzes/05-power-interst.yaml:1:1  (file)  the file name says chapter "05-power-interst", which does not exist: expected one of the file names in content/chapters/; did you mean "05-power-interest"?',
    ]);
  });

  it('wants a workshop test’s key under trainer, where the edition filter removes it', () => {
    const text = `questions:
  - id: q1
    kind: single
    prompt: 题目
    options:
      - { id: a, text: 甲 }
      - { id: b, text: 乙 }
    correct: [a]
`;
    const problems = validateWorkshopTestText({ file: 't.yaml', text, expectedId: 'ws' }, known).problems.map(
      formatProblem,
    );
    expect(problems).toEqual([
      't.yaml:2:5  questions[0].trainer  required field is missing: expected a mapping (field: value pairs)',
      't.yaml:8:5  questions[0].correct  unknown field "correct" (allowed here: kind, id, prompt, options, trainer)',
    ]);
    const good = text.replace('    correct: [a]\n', '    trainer:\n      correct: [a]\n      explanation: 因为。\n');
    const result = validateWorkshopTestText({ file: 't.yaml', text: good, expectedId: 'ws' }, known);
    expect(result.problems).toEqual([]);
    expect(JSON.stringify(withoutTrainerMaterial(result.test))).not.toContain('因为');
  });

  it('warns when every option of a multiple-choice question is correct', () => {
    const text = GOOD_SELF_CHECK.replace('kind: single', 'kind: multiple').replace('correct: [a]', 'correct: [a, b]');
    expect(selfCheck(text)).toEqual([
      'content/quizzes/05-power-interest.yaml:8:14  questions[0].correct  warning: every option is correct: the question cannot tell who knows the answer',
    ]);
  });

  it('npm run validate checks named question files against the project, in Chinese by default', () => {
    const result = spawnSync(
      process.execPath,
      [
        'scripts/validate.ts',
        'tests/fixtures/assessment/content/quizzes/05-power-interest.yaml',
        'tests/fixtures/assessment/content/workshops/assessments/no-such-workshop.yaml',
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, UI_LOCALE: '' }, timeout: 30_000 },
    );
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(
      'tests/fixtures/assessment/content/quizzes/05-power-interest.yaml:8:14  questions[0].correct  单选题只能有一个正确选项；实际有 2 个（有多个正确选项请用 kind: multiple）',
    );
    expect(lines).toContain(
      'tests/fixtures/assessment/content/quizzes/05-power-interest.yaml:13:13  questions[1].person（人员）  未知的人员 "pres-lo"：应为 city-hospital 的人员之一；是不是想写 "pres-lu"？',
    );
    expect(lines).toContain(
      'tests/fixtures/assessment/content/workshops/assessments/no-such-workshop.yaml:1:1  （整个文件）  文件名对应的工作坊 "no-such-workshop" 不存在：文件名应为 content/workshops/ 中的某个文件名',
    );
    expect(result.stdout).toMatch(/✗ 检查了 2 个文件，用时 \d+ 毫秒：10 个错误，0 个提醒/);
  }, 30_000); // a whole validate run in a child process

  it('the sample self-checks and workshop tests are valid, one self-check per chapter', () => {
    const content = validateAssessmentContent(root, validateFiles(root, findCaseFiles(root)).known);
    expect(content.problems.map(formatProblem)).toEqual([]);
    expect(content.selfChecks.size).toBe(12);
    expect([...content.workshopTests.keys()].sort()).toEqual(['gov-customer-analysis-half-day', 'key-account-one-day']);
    for (const [chapter, check] of content.selfChecks) {
      const kinds = new Set(check.questions.map((question) => question.kind));
      expect([...kinds].sort(), chapter).toEqual(['case', 'multiple', 'single']);
    }
  });
});

describe('names in case questions', () => {
  it('fills {account} and {person} from the case file, in the prompt, options and explanation', () => {
    const filled = fillCaseNames(
      {
        prompt: '{account}的{person}是谁？',
        options: [{ text: '{person}' }, { text: '别人' }],
        trainer: { explanation: '{person}在{account}拍板。' },
      },
      { account: '某医院', person: '张院长' },
    );
    expect(filled).toEqual({
      prompt: '某医院的张院长是谁？',
      options: [{ text: '张院长' }, { text: '别人' }],
      trainer: { explanation: '张院长在某医院拍板。' },
    });
  });

  it('allows the placeholders only where they can be filled', () => {
    const text = `questions:
  - id: q1
    kind: single
    prompt: '{account}的问题'
    options:
      - { id: a, text: 甲 }
      - { id: b, text: 乙 }
    correct: [a]
    explanation: 因为。
  - id: q2
    kind: case
    account: acme
    prompt: '{person}在{acount}'
    options:
      - { id: a, text: 甲 }
      - { id: b, text: 乙 }
    correct: [a]
    explanation: 因为。
`;
    expect(selfCheck(text)).toEqual([
      'content/quizzes/05-power-interest.yaml:4:13  questions[0].prompt  {account} is filled from a case file, so only a case question (kind: case) can use it',
      'content/quizzes/05-power-interest.yaml:13:13  questions[1].prompt  {person} needs the question to name a person (person: <id>)',
      'content/quizzes/05-power-interest.yaml:13:13  questions[1].prompt  unknown placeholder {acount}: expected {account} or {person}; did you mean "account"?',
    ]);
  });
});

describe('presenting a question', () => {
  it('letters options in written order and says whether one or several answers are wanted', () => {
    const view = questionView(
      {
        id: 'q',
        kind: 'case',
        account: 'acme',
        choose: 'many',
        prompt: 'p',
        options: [
          { id: 'x', text: '甲' },
          { id: 'y', text: '乙' },
          { id: 'z', text: '丙' },
        ],
      },
      2,
    );
    expect(view).toMatchObject({ number: 3, label: 'case-many', mode: 'multiple' });
    expect(lettersOf(view, ['z', 'x'])).toBe('A、C');
    expect(answerMode({ kind: 'single' })).toBe('single');
    expect(answerMode({ kind: 'case' })).toBe('single');
  });
});

describe('scoring', () => {
  it('an answer is correct only when exactly the correct options are chosen, and says what was missed or wrong', () => {
    expect(checkAnswer({ correct: ['a', 'c'] }, ['c', 'a'])).toEqual({ correct: true, missed: [], wrong: [] });
    expect(checkAnswer({ correct: ['a', 'c'] }, ['a'])).toEqual({ correct: false, missed: ['c'], wrong: [] });
    expect(checkAnswer({ correct: ['a'] }, ['a', 'b'])).toEqual({ correct: false, missed: [], wrong: ['b'] });
    expect(checkAnswer({ correct: ['a'] }, [])).toEqual({ correct: false, missed: ['a'], wrong: [] });
  });

  it('scores by question id: a question not asked is left out, an answer to a removed question is reported', () => {
    const keys = new Map([
      ['q1', { correct: ['a'] }],
      ['q2', { correct: ['b'] }],
      ['q-new', { correct: ['a'] }],
    ]);
    const score = scoreSubmission(
      keys,
      submission('张三', 'pre', { q1: ['a'], q2: ['a'], gone: ['a'] }, ['q1', 'q2', 'gone']),
    );
    expect(score).toMatchObject({ asked: 2, correct: 1, percent: 50, unknown: ['gone'] });
    expect(score.byQuestion.has('q-new')).toBe(false);
  });
});

const QUESTIONS = [
  { id: 'q1', correct: ['a'] },
  { id: 'q2', correct: ['a', 'b'] },
  { id: 'q3', correct: ['c'] },
];
const ASKED = QUESTIONS.map((question) => question.id);

function submission(
  trainee: string,
  test: 'pre' | 'post',
  answers: Record<string, string[]>,
  asked = ASKED,
  savedAt?: string,
): Submission {
  return { ...emptySubmission('ws', test, asked), trainee, answers, ...(savedAt && { savedAt }) };
}

describe('learning gain', () => {
  const files = [
    submission('张三', 'pre', { q1: ['a'], q2: ['a'], q3: ['a'] }), // 1 of 3
    submission('李四', 'pre', { q1: ['b'], q2: ['a', 'b'] }), // 1 of 3
    submission('张三', 'post', { q1: ['a'], q2: ['a', 'b'], q3: ['a'] }), // 2 of 3
    submission('李四', 'post', { q1: ['a'], q2: ['a', 'b'], q3: ['c'] }), // 3 of 3
  ];
  const result = assessmentDebrief(QUESTIONS, files);

  it('gives per question the share correct before and after and the gain in points', () => {
    const [q1, q2, q3] = result.questions;
    expect(q1).toMatchObject({ pre: { asked: 2, correct: 1, percent: 50 }, post: { percent: 100 }, gain: 50 });
    expect(q2).toMatchObject({ pre: { percent: 50 }, post: { percent: 100 }, gain: 50 });
    expect(q3).toMatchObject({ pre: { percent: 0 }, post: { correct: 1, percent: 50 }, gain: 50 });
  });

  it('gives the spread of answers per option and the blanks, per test', () => {
    expect(result.questions[0]!.spread.pre).toEqual({ chosen: { a: 1, b: 1 }, blank: 0 });
    expect(result.questions[2]!.spread.pre).toEqual({ chosen: { a: 1 }, blank: 1 });
    expect(result.questions[2]!.spread.post).toEqual({ chosen: { a: 1, c: 1 }, blank: 0 });
  });

  it('gives the overall means, the gain, the normalised gain and each trainee’s own gain', () => {
    expect(result.files).toEqual({ pre: 2, post: 2 });
    expect(result.mean.pre).toBeCloseTo(100 / 3);
    expect(result.mean.post).toBeCloseTo(250 / 3);
    expect(result.gain).toBeCloseTo(50);
    expect(result.normalizedGain).toBeCloseTo(0.75);
    expect(result.paired.trainees).toBe(2);
    expect(result.paired.gain).toBeCloseTo(50);
    // In Chinese collation order (pinyin): 李 before 张.
    expect(result.trainees.map((row) => row.trainee)).toEqual(['李四', '张三']);
    expect(result.trainees.find((row) => row.trainee === '李四')!.gain).toBeCloseTo(200 / 3);
  });

  it('ranks the most missed questions by the post-test, worst first, and leaves out questions nobody missed', () => {
    expect(result.mostMissed).toEqual([{ id: 'q3', test: 'post', missed: 1, asked: 2, percent: 50 }]);
    const preOnly = assessmentDebrief(QUESTIONS, files.slice(0, 2));
    expect(preOnly.mostMissed.map((entry) => [entry.id, entry.test, entry.percent])).toEqual([
      ['q3', 'pre', 100],
      ['q1', 'pre', 50],
      ['q2', 'pre', 50],
    ]);
    expect(preOnly.gain).toBeUndefined();
    expect(preOnly.questions[0]!.gain).toBeUndefined();
  });

  it('keeps the last saved file when a trainee hands in the same test twice, and says so', () => {
    const early = submission('张三', 'pre', { q1: ['b'] }, ASKED, '2026-05-01T09:00:00.000Z');
    const late = submission('张三', 'pre', { q1: ['a'] }, ASKED, '2026-05-01T09:10:00.000Z');
    const { kept, replaced } = latestPerTrainee([late, early]);
    expect(kept).toEqual([late]);
    expect(replaced).toEqual([{ trainee: '张三', test: 'pre' }]);
    // Files without a name are never merged.
    expect(latestPerTrainee([submission('', 'pre', {}), submission(' ', 'pre', {})]).kept).toHaveLength(2);
  });

  it('compares files from two builds by question id: not-asked questions do not count against anyone', () => {
    const older = submission('王五', 'pre', { q1: ['a'], old: ['a'] }, ['q1', 'old']);
    const newer = submission('王五', 'post', { q1: ['a'], q2: ['a', 'b'], q3: ['c'] });
    const mixed = assessmentDebrief(QUESTIONS, [older, newer]);
    expect(mixed.questions[1]!.pre.asked).toBe(0);
    expect(mixed.questions[1]!.gain).toBeUndefined();
    expect(mixed.trainees[0]).toMatchObject({ pre: 100, post: 100, gain: 0 });
    expect(mixed.unknownQuestions).toEqual(['old']);
  });

  it('reads nothing into an empty class', () => {
    const empty = assessmentDebrief(QUESTIONS, []);
    expect(empty).toMatchObject({ files: { pre: 0, post: 0 }, mean: {}, mostMissed: [], trainees: [] });
    expect(empty.normalizedGain).toBeUndefined();
  });
});

describe('answer files', () => {
  const good = { ...submission('韩梅梅', 'post', { q1: ['a'] }), savedAt: '2026-05-01T09:00:00.000Z' };

  it('are named after the trainee, the test and the workshop, safe for any file system', () => {
    expect(submissionFileName(good)).toBe('韩梅梅_post-test_ws.assessment.json');
    expect(submissionFileName({ ...good, trainee: ' a/b:c ' })).toBe('a-b-c_post-test_ws.assessment.json');
    expect(submissionFileName({ ...good, trainee: '' })).toBe('trainee_post-test_ws.assessment.json');
  });

  it('are kept under a versioned key per workshop and test', () => {
    expect(assessmentStorageKey('ws', 'pre')).toBe('kam:assessment:ws:pre:v1');
    expect(assessmentStorageKey('ws', 'post', '二班')).toBe('kam@二班:assessment:ws:post:v1');
  });

  it('read back exactly as exported', () => {
    expect(readSubmissionFile(JSON.stringify(good), 'ws')).toEqual({ ok: true, submission: good });
    expect(readSubmissionFile(`\uFEFF${JSON.stringify(good)}`, 'ws').ok).toBe(true);
  });

  it('are refused with the reason: too large, cut off, not ours, newer, another workshop, wrong fields', () => {
    const refusal = (text: string) => {
      const result = readSubmissionFile(text, 'ws');
      return result.ok ? 'ok' : result.refusal;
    };
    expect(refusal('x'.repeat(MAX_ASSESSMENT_BYTES + 1))).toBe('too-large');
    expect(refusal(JSON.stringify(good).slice(0, 40))).toBe('not-json');
    expect(refusal('[1,2]')).toBe('not-assessment');
    expect(refusal(JSON.stringify({ format: 'kam-worksheet', version: 2 }))).toBe('not-assessment');
    expect(refusal(JSON.stringify({ ...good, version: 9 }))).toBe('newer-version');
    const other = readSubmissionFile(JSON.stringify({ ...good, workshop: 'other' }), 'ws');
    expect(other).toMatchObject({ ok: false, refusal: 'wrong-workshop', found: 'other' });
    const invalid = readSubmissionFile(JSON.stringify({ ...good, test: 'mid', answers: { q1: 'a' } }), 'ws');
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) {
      expect(invalid.refusal).toBe('invalid');
      expect(invalid.details).toEqual([
        'test  expected one of pre, post; found "mid"',
        'answers.q1  expected a list; found "a"',
      ]);
    }
  });

  it('restore saved answers for the questions asked now, and refuse what is not this slot', () => {
    const saved = JSON.stringify(submission('张三', 'pre', { q1: ['a'], removed: ['b'] }, ['q1', 'removed']));
    const restored = restoreSubmission(saved, 'ws', 'pre', ['q1', 'q2']);
    expect(restored).toMatchObject({ trainee: '张三', asked: ['q1', 'q2'], answers: { q1: ['a'] } });
    expect(answeredCount(restored!)).toBe(1);
    expect(restoreSubmission(saved, 'ws', 'post', ['q1'])).toBeUndefined();
    expect(restoreSubmission('{broken', 'ws', 'pre', ['q1'])).toBeUndefined();
  });
});
