/**
 * Validates question files through the one pipeline of every content file (`validateDocument`):
 * YAML, the schema, then the rules a schema cannot say — ids unique, the key naming real
 * options, one correct option for single choice, the chapter, workshop, account and person that
 * exist, placeholders only where they can be filled — every problem located and worded by the
 * message catalogue. Pure: texts and known ids in, problems out.
 */
import { selfCheckSchema, workshopTestSchema, type SelfCheck, type WorkshopTest } from '../schemas/quiz.ts';
import { validateDocument, type RuleProblem } from '../validation/document.ts';
import { say } from '../validation/messages.ts';
import { didYouMean, type FieldPath, type Problem } from '../validation/problem.ts';
import { asEntries, asEntry, asString, type Entry } from '../validation/rawData.ts';
import type { FileInput, KnownAccount } from '../validation/workshopFiles.ts';
import { CASE_PLACEHOLDERS, placeholdersIn } from './present.ts';

export interface AssessmentKnownIds {
  /** Chapter ids (file names without .mdx). */
  chapters: ReadonlySet<string>;
  /** Workshop ids (agenda file names without .yaml). */
  workshops: ReadonlySet<string>;
  /** account id → ids of its people (as the case files give them, valid or not). */
  accounts: ReadonlyMap<string, KnownAccount>;
}

export function validateSelfCheckText(
  input: FileInput,
  known: AssessmentKnownIds,
): { selfCheck?: SelfCheck; problems: Problem[] } {
  const { value, problems } = validateDocument({
    ...input,
    schema: selfCheckSchema,
    expectation: { shape: 'mapping', description: say().expectSelfCheck() },
    rules: (data) => [
      ...ownerRules(input.expectedId, known.chapters, 'chapter', 'content/chapters/'),
      ...questionRules(asEntry(data), [], known),
    ],
  });
  return { selfCheck: value, problems };
}

export function validateWorkshopTestText(
  input: FileInput,
  known: AssessmentKnownIds,
): { test?: WorkshopTest; problems: Problem[] } {
  const { value, problems } = validateDocument({
    ...input,
    schema: workshopTestSchema,
    expectation: { shape: 'mapping', description: say().expectWorkshopTest() },
    rules: (data) => [
      ...ownerRules(input.expectedId, known.workshops, 'workshop', 'content/workshops/'),
      ...questionRules(asEntry(data), ['trainer'], known),
    ],
  });
  return { test: value, problems };
}

/** The file name says what the questions belong to: that chapter or workshop must exist. */
function ownerRules(id: string, known: ReadonlySet<string>, noun: string, where: string): RuleProblem[] {
  if (known.has(id)) return [];
  return [
    {
      path: [],
      message: say().questionOwnerMissing({ noun: say().noun({ noun }), id, where, hint: didYouMean(id, known) }),
    },
  ];
}

/** The answer key of a question: itself in a self-check (`keyAt` []), its `trainer` block in a test. */
const keyOf = (question: Entry, keyAt: readonly string[]): Entry =>
  keyAt.reduce((inner, name) => asEntry(inner[name]), question);

function questionRules(data: Entry, keyAt: readonly string[], known: AssessmentKnownIds): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const report = (path: FieldPath, message: string, severity?: RuleProblem['severity']) =>
    problems.push({ path, message, ...(severity ? { severity } : {}) });
  const seen = new Map<string, number>();

  asEntries(data.questions).forEach((question, index) => {
    const at = (...rest: PropertyKey[]): FieldPath => ['questions', index, ...rest];
    const id = asString(question.id);
    if (id !== undefined) {
      const first = seen.get(id);
      if (first !== undefined) report(at('id'), say().duplicateQuestion({ id, first: `questions[${first}]` }));
      else seen.set(id, index);
    }

    const optionIds: string[] = [];
    asEntries(question.options).forEach((option, optionIndex) => {
      const optionId = asString(option.id);
      if (optionId === undefined) return;
      if (optionIds.includes(optionId))
        report(at('options', optionIndex, 'id'), say().duplicateOption({ id: optionId }));
      optionIds.push(optionId);
    });

    const correct = keyOf(question, keyAt).correct;
    if (Array.isArray(correct)) {
      const options = [...new Set(optionIds)];
      correct.forEach((value, correctIndex) => {
        if (typeof value === 'string' && !optionIds.includes(value))
          report(
            at(...keyAt, 'correct', correctIndex),
            say().unknownOption({ id: value, options, hint: didYouMean(value, options) }),
          );
      });
      if (new Set(correct).size !== correct.length) report(at(...keyAt, 'correct'), say().correctTwice());
      const isCase = question.kind === 'case';
      const single = question.kind === 'single' || (isCase && question.choose !== 'many');
      if (single && correct.length !== 1)
        report(at(...keyAt, 'correct'), say().singleNeedsOne({ found: correct.length, isCase }));
      if (!single && correct.length > 0 && correct.length === optionIds.length)
        report(at(...keyAt, 'correct'), say().everyOptionCorrect(), 'warning');
    }

    problems.push(...placeholderRules(question, at, keyAt));

    if (question.kind === 'case') {
      const accountId = asString(question.account);
      const account = accountId === undefined ? undefined : known.accounts.get(accountId);
      if (accountId !== undefined && !account)
        report(
          at('account'),
          say().unknownAccount({ id: accountId, hint: didYouMean(accountId, known.accounts.keys()) }),
        );
      const person = asString(question.person);
      if (person !== undefined && account?.people && !account.people.has(person))
        report(
          at('person'),
          say().unknownPersonOf({ id: person, account: accountId!, hint: didYouMean(person, account.people) }),
        );
    }
  });
  return problems;
}

/** `{account}` and `{person}` are filled from the case file, so only a case question may use them. */
function placeholderRules(
  question: Entry,
  at: (...rest: PropertyKey[]) => FieldPath,
  keyAt: readonly string[],
): RuleProblem[] {
  const texts: [FieldPath, unknown][] = [
    [at('prompt'), question.prompt],
    ...asEntries(question.options).map((option, index): [FieldPath, unknown] => [
      at('options', index, 'text'),
      option.text,
    ]),
    [at(...keyAt, 'explanation'), keyOf(question, keyAt).explanation],
  ];
  const problems: RuleProblem[] = [];
  for (const [path, text] of texts) {
    if (typeof text !== 'string') continue;
    for (const name of new Set(placeholdersIn(text))) {
      if (question.kind !== 'case') problems.push({ path, message: say().placeholderNotCase({ placeholder: name }) });
      else if (!(CASE_PLACEHOLDERS as readonly string[]).includes(name))
        problems.push({
          path,
          message: say().unknownPlaceholder({ placeholder: name, hint: didYouMean(name, CASE_PLACEHOLDERS) }),
        });
      else if (name === 'person' && question.person === undefined)
        problems.push({ path, message: say().personPlaceholderNeedsPerson() });
    }
  }
  return problems;
}
