/**
 * Self-checks and workshop tests for pages: validated once, filtered for the edition the way
 * accounts are. A case question about an account this edition leaves out is left out with it;
 * the answer key of a workshop test (`trainer`) exists only in the trainer edition.
 */
import { validateAssessmentContent } from '../assessment/load.ts';
import { fillCaseNames } from '../assessment/present.ts';
import { withoutTrainerMaterial } from '../model/edition.ts';
import { contentRoot } from '../model/contentRoot.ts';
import { sourcesCheckedBefore } from '../build/sourceProblems.ts';
import { findCaseFiles, validateFiles } from '../model/loadAccounts.ts';
import { perSourceVersion } from '../model/sourceVersion.ts';
import { throwIfProblems } from '../validation/problem.ts';
import type { AskedQuestion, SelfCheckQuestion, TestQuestion } from '../schemas/quiz.ts';
import { features, getAccounts } from './data.ts';

const load = perSourceVersion(() => {
  const root = contentRoot();
  // The build's config hook validated these very files already (sourceProblems.ts).
  const content =
    sourcesCheckedBefore(root)?.assessments ??
    validateAssessmentContent(root, validateFiles(root, findCaseFiles(root)).known);
  throwIfProblems(content.problems);
  return content;
});

/** Case questions about accounts this edition has, with their names filled in; others as they are. */
function inEdition<Q extends SelfCheckQuestion | TestQuestion>(questions: readonly Q[]): Q[] {
  const accounts = new Map(getAccounts().map((account) => [account.id, account]));
  return questions.flatMap((question) => {
    if (question.kind !== 'case') return [question];
    const account = accounts.get(question.account);
    if (!account) return [];
    const person = account.people.find((candidate) => candidate.id === question.person);
    return [fillCaseNames(question, { account: account.name, person: person?.name })];
  });
}

/** The chapter's self-check questions in this edition; empty when it has none. */
export function getSelfCheck(chapterId: string): SelfCheckQuestion[] {
  return inEdition(load().selfChecks.get(chapterId)?.questions ?? []);
}

export const hasWorkshopTest = (workshopId: string): boolean => load().workshopTests.has(workshopId);

export function getWorkshopTestIntro(workshopId: string): string | undefined {
  return load().workshopTests.get(workshopId)?.intro;
}

/** The questions as every edition may show them to a trainee: no key. */
export function getAskedQuestions(workshopId: string): AskedQuestion[] {
  return inEdition(load().workshopTests.get(workshopId)?.questions ?? []).map(withoutTrainerMaterial);
}

/** With the key: the trainer edition only (the debrief page). */
export function getKeyedQuestions(workshopId: string): TestQuestion[] {
  if (!features.answerKeys) throw new Error('The answer key of a workshop test exists only in the trainer edition');
  return inEdition(load().workshopTests.get(workshopId)?.questions ?? []);
}
