/** Every id a case file writes names an entry of the same file. */
import { asEntries, asEntry, asStrings } from '../rawData.ts';
import type { AccountContext } from './context.ts';

export function checkReferences(context: AccountContext): void {
  const { account, units, people, unitIds, personIds, memberIds, bodyIds, competitorIds, reference } = context;
  units.forEach((unit, index) => reference(unit.parent, unitIds, ['units', index, 'parent']));
  people.forEach((person, index) => {
    reference(person.unit, unitIds, ['people', index, 'unit']);
    reference(person.reportsTo, personIds, ['people', index, 'reportsTo']);
    asStrings(person.dottedLines).forEach((id, line) =>
      reference(id, personIds, ['people', index, 'dottedLines', line]),
    );
    reference(person.owner, memberIds, ['people', index, 'owner']);
    reference(asEntry(person.competitorTie).competitor, competitorIds, [
      'people',
      index,
      'competitorTie',
      'competitor',
    ]);
  });
  asEntries(account.relationships).forEach((relation, index) => {
    reference(relation.from, personIds, ['relationships', index, 'from']);
    reference(relation.to, personIds, ['relationships', index, 'to']);
  });
  for (const opportunity of context.opportunities) {
    asEntries(opportunity.entry.decisionProcess).forEach((step, index) => {
      const at = [...opportunity.path, 'decisionProcess', index];
      asStrings(step.people).forEach((id, position) => reference(id, personIds, [...at, 'people', position]));
      asStrings(step.bodies).forEach((id, position) => reference(id, bodyIds, [...at, 'bodies', position]));
    });
  }
  for (const [category, items] of Object.entries(asEntry(account.information))) {
    asEntries(items).forEach((item, index) => {
      reference(item.about, personIds, ['information', category, index, 'about']);
      reference(item.informant, personIds, ['information', category, index, 'informant']);
    });
  }
  asStrings(account.topPeople).forEach((id, index) => reference(id, personIds, ['topPeople', index]));
}
