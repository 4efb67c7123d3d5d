/**
 * Scoring answers and measuring learning gain. Pure: keys and answers in, numbers and ids out,
 * never display text (the pages word them through the i18n dictionaries).
 *
 * - An answer is correct when the chosen options are exactly the correct ones (no part marks: a
 *   multiple-choice answer with one option missing is still a gap worth discussing).
 * - Questions are matched by id, so files from an older or newer build still score: a question a
 *   file was not asked is left out of its score, an answer to a question the key no longer has
 *   is set aside and reported.
 * - Gain is in percentage points (post − pre); the normalised gain (Hake's g) is the share of
 *   what there was left to learn that was learned: (post − pre) / (100 − pre).
 */
import type { AnswerKey, Submission, TestKind } from '../schemas/quiz.ts';

export interface AnswerCheck {
  correct: boolean;
  /** Correct options not chosen. */
  missed: string[];
  /** Options chosen that are not correct. */
  wrong: string[];
}

export function checkAnswer(key: Pick<AnswerKey, 'correct'>, chosen: readonly string[]): AnswerCheck {
  const picked = new Set(chosen);
  const missed = key.correct.filter((option) => !picked.has(option));
  const wrong = [...picked].filter((option) => !key.correct.includes(option));
  return { correct: missed.length === 0 && wrong.length === 0, missed, wrong };
}

/** question id → its key; what the debrief scores against. */
export type KeyById = ReadonlyMap<string, Pick<AnswerKey, 'correct'>>;

export interface ScoredSubmission {
  trainee: string;
  test: TestKind;
  /** Questions the file was asked that the key still has. */
  asked: number;
  correct: number;
  /** 0–100; undefined when nothing scorable was asked. */
  percent?: number;
  /** question id → answered correctly (unanswered counts as not correct). */
  byQuestion: Map<string, boolean>;
  /** Answered question ids the key does not know (removed since the file was made). */
  unknown: string[];
}

export function scoreSubmission(keys: KeyById, submission: Submission): ScoredSubmission {
  const byQuestion = new Map<string, boolean>();
  for (const id of submission.asked) {
    const key = keys.get(id);
    if (key) byQuestion.set(id, checkAnswer(key, submission.answers[id] ?? []).correct);
  }
  const correct = [...byQuestion.values()].filter(Boolean).length;
  const asked = byQuestion.size;
  return {
    trainee: submission.trainee.trim(),
    test: submission.test,
    asked,
    correct,
    percent: asked > 0 ? (100 * correct) / asked : undefined,
    byQuestion,
    unknown: Object.keys(submission.answers).filter((id) => !keys.has(id)),
  };
}

export interface Rate {
  /** Files that were asked the question. */
  asked: number;
  correct: number;
  /** 0–100, undefined when no file was asked. */
  percent?: number;
}

export interface QuestionDebrief {
  id: string;
  pre: Rate;
  post: Rate;
  /** post − pre in percentage points, when both tests asked it. */
  gain?: number;
  /** How often each option was chosen, per test (options in key order), and how many left it blank. */
  spread: Record<TestKind, { chosen: Record<string, number>; blank: number }>;
}

export interface TraineeDebrief {
  trainee: string;
  pre?: number;
  post?: number;
  gain?: number;
}

export interface MissedQuestion {
  id: string;
  /** The test the rate comes from: the post-test when any file of it asked the question. */
  test: TestKind;
  missed: number;
  asked: number;
  percent: number;
}

export interface AssessmentDebrief {
  files: Record<TestKind, number>;
  /** Mean score per test, 0–100. */
  mean: Partial<Record<TestKind, number>>;
  /** Mean post − mean pre, percentage points. */
  gain?: number;
  /** (post − pre) / (100 − pre), on the class means. */
  normalizedGain?: number;
  /** Trainees with both a pre and a post file, and their mean own gain. */
  paired: { trainees: number; gain?: number };
  questions: QuestionDebrief[];
  /** Questions most often answered wrongly, worst first (at most `mostMissedCount`). */
  mostMissed: MissedQuestion[];
  trainees: TraineeDebrief[];
  /** Later files that replaced an earlier one of the same trainee and test. */
  replaced: { trainee: string; test: TestKind }[];
  /** Answered question ids no longer in the key, across all files. */
  unknownQuestions: string[];
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;

/** One file per trainee and test: the later saved one wins. Unnamed files are all kept. */
export function latestPerTrainee(submissions: readonly Submission[]): {
  kept: Submission[];
  replaced: { trainee: string; test: TestKind }[];
} {
  const byTrainee = new Map<string, Submission>();
  const kept: Submission[] = [];
  const replaced: { trainee: string; test: TestKind }[] = [];
  for (const submission of submissions) {
    const trainee = submission.trainee.trim();
    if (!trainee) {
      kept.push(submission);
      continue;
    }
    const slot = `${submission.test}\u0000${trainee}`;
    const earlier = byTrainee.get(slot);
    if (earlier) replaced.push({ trainee, test: submission.test });
    if (!earlier || (submission.savedAt ?? '') >= (earlier.savedAt ?? '')) byTrainee.set(slot, submission);
  }
  return { kept: [...kept, ...byTrainee.values()], replaced };
}

export function assessmentDebrief(
  questions: readonly { id: string; correct: readonly string[] }[],
  submissions: readonly Submission[],
  mostMissedCount = 5,
): AssessmentDebrief {
  const keys: KeyById = new Map(questions.map((question) => [question.id, { correct: [...question.correct] }]));
  const { kept, replaced } = latestPerTrainee(submissions);
  const scored = kept.map((submission) => ({ submission, score: scoreSubmission(keys, submission) }));
  const ofTest = (test: TestKind) => scored.filter((entry) => entry.submission.test === test);

  const rate = (test: TestKind, id: string): Rate => {
    const asked = ofTest(test).filter((entry) => entry.score.byQuestion.has(id));
    const correct = asked.filter((entry) => entry.score.byQuestion.get(id)).length;
    return { asked: asked.length, correct, percent: asked.length > 0 ? (100 * correct) / asked.length : undefined };
  };
  const spread = (test: TestKind, id: string) => {
    const chosen: Record<string, number> = {};
    let blank = 0;
    for (const { submission } of ofTest(test)) {
      if (!submission.asked.includes(id)) continue;
      const answer = submission.answers[id] ?? [];
      if (answer.length === 0) blank++;
      for (const option of answer) chosen[option] = (chosen[option] ?? 0) + 1;
    }
    return { chosen, blank };
  };

  const perQuestion: QuestionDebrief[] = questions.map(({ id }) => {
    const pre = rate('pre', id);
    const post = rate('post', id);
    return {
      id,
      pre,
      post,
      gain: pre.percent !== undefined && post.percent !== undefined ? post.percent - pre.percent : undefined,
      spread: { pre: spread('pre', id), post: spread('post', id) },
    };
  });

  const mostMissed = perQuestion
    .map((question): MissedQuestion | undefined => {
      const test: TestKind = question.post.asked > 0 ? 'post' : 'pre';
      const { asked, correct } = question[test];
      if (asked === 0 || correct === asked) return undefined;
      return { id: question.id, test, missed: asked - correct, asked, percent: (100 * (asked - correct)) / asked };
    })
    .filter((entry): entry is MissedQuestion => entry !== undefined)
    // Stable: equal rates keep the order of the file.
    .sort((a, b) => b.percent - a.percent)
    .slice(0, mostMissedCount);

  const percents = (test: TestKind) =>
    ofTest(test).flatMap((entry) => (entry.score.percent === undefined ? [] : [entry.score.percent]));
  const meanPre = mean(percents('pre'));
  const meanPost = mean(percents('post'));

  const trainees = new Map<string, TraineeDebrief>();
  scored.forEach(({ submission, score }, index) => {
    // Unnamed files cannot be paired: each is a row of its own, named by its position.
    const slot = score.trainee || `\u0000${index}`;
    const row = trainees.get(slot) ?? { trainee: score.trainee || `#${index + 1}` };
    row[submission.test] = score.percent;
    trainees.set(slot, row);
  });
  for (const row of trainees.values()) {
    if (row.pre !== undefined && row.post !== undefined) row.gain = row.post - row.pre;
  }
  const pairedGains = [...trainees.values()].flatMap((row) => (row.gain === undefined ? [] : [row.gain]));

  return {
    files: { pre: ofTest('pre').length, post: ofTest('post').length },
    mean: { ...(meanPre !== undefined && { pre: meanPre }), ...(meanPost !== undefined && { post: meanPost }) },
    gain: meanPre !== undefined && meanPost !== undefined ? meanPost - meanPre : undefined,
    normalizedGain:
      meanPre !== undefined && meanPost !== undefined && meanPre < 100
        ? (meanPost - meanPre) / (100 - meanPre)
        : undefined,
    paired: { trainees: pairedGains.length, gain: mean(pairedGains) },
    questions: perQuestion,
    mostMissed,
    trainees: [...trainees.values()].sort((a, b) => a.trainee.localeCompare(b.trainee, 'zh-CN')),
    replaced,
    unknownQuestions: [...new Set(scored.flatMap((entry) => entry.score.unknown))].sort(),
  };
}
