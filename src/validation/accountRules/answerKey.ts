/**
 * The trainer's answer key and the MAN authority of decision roles: key entries name people of
 * this file, one entry each (two would give a worksheet two expected answers), and an EB or TB
 * marked authority "no" contradicts chapter 6 ("能做决定，或能否决").
 */
import { say } from '../messages.ts';
import { collectUnique, type FieldPath } from '../problem.ts';
import { asEntries, asEntry, asString, asStrings, type Entry } from '../rawData.ts';
import type { AccountContext } from './context.ts';

export function checkAnswerKey(context: AccountContext): void {
  const { people, personIds, reference, report } = context;
  people.forEach((person, index) => checkVetoAuthority(context, person, ['people', index]));
  const entries = asEntries(asEntry(context.account.trainer).answerKey);
  entries.forEach((entry, index) => {
    reference(entry.person, personIds, ['trainer', 'answerKey', index, 'person']);
    checkVetoAuthority(context, entry, ['trainer', 'answerKey', index]);
  });
  collectUnique(
    entries,
    (entry) => asString(entry.person),
    (entry, first, index) =>
      report(
        ['trainer', 'answerKey', index, 'person'],
        say().duplicateAnswerKey({ id: String(entry.person), first: `trainer.answerKey[${first}]` }),
      ),
  );
}

/** A warning, not an error: the trainer may mean to change the role instead. */
function checkVetoAuthority(context: AccountContext, entry: Entry, at: FieldPath): void {
  const role = asStrings(entry.roles).find((candidate) => candidate === 'EB' || candidate === 'TB');
  if (role === undefined || asEntry(entry.man).authority !== 'no') return;
  context.report([...at, 'man', 'authority'], say().decisionRoleWithoutAuthority({ role }), 'warning');
}
