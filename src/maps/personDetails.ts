/**
 * Everything the map detail panel shows about one person, as label/value text pairs built at
 * build time. The browser only puts them into the panel as text, so it needs no labels of its
 * own and nothing in them can act as markup. A page embeds them packed (./panelText.ts).
 */
import type { AccountAnalysis } from '../analysis/analyzeAccount.ts';
import { MOTIVE_KINDS } from '../schemas/vocabulary.ts';
import type { Labels } from '../i18n/labels.ts';
import type { Quadrant } from '../analysis/powerInterest.ts';
import type { Person } from '../schemas/account.ts';

export interface PersonDetail {
  name: string;
  rows: [string, string][];
}

export function personDetails(
  analysis: AccountAnalysis,
  labels: Labels,
  options: { trainerNotes: boolean },
): Record<string, PersonDetail> {
  const t = labels.say;
  const { model } = analysis;
  const nameOf = (id: string) => model.personById.get(id)?.name ?? id;
  // The row labels and the words every person shares, looked up once for all of them, not per person.
  const label = {
    title: t('col.title'),
    unit: t('col.unit'),
    roles: t('col.roles'),
    power: t('col.power'),
    interest: t('col.interest'),
    quadrant: t('col.quadrant'),
    man: t('col.man'),
    support: t('col.support'),
    closeness: t('col.closeness'),
    disc: t('col.disc'),
    demands: t('col.demands'),
    body: t('col.body'),
    competitorTie: t('col.competitorTie'),
    owner: t('col.owner'),
    lastContact: t('col.lastContact'),
    chain: t('col.chain'),
    decisionProcess: t('account.decisionProcess'),
    flag: t('col.flag'),
    notes: t('col.notes'),
    trainerNotes: t('account.trainerNotes'),
  };
  // Texts many people share are written once per account: a unit with its layer, a role, a
  // support or closeness level, a quadrant with its advice.
  const unitText = writtenOnce(
    (person: Person) =>
      `${model.unitById.get(person.unit)?.name ?? person.unit}${labels.paren(labels.layer(model.layerOf(person)))}`,
    (person) => person.unit,
  );
  const roleText = writtenOnce(labels.role);
  const supportText = writtenOnce(labels.support);
  const closenessText = writtenOnce(labels.closeness);
  const quadrantText = writtenOnce((quadrant: Quadrant) =>
    labels.colon(labels.quadrant(quadrant), labels.quadrantAction(quadrant)),
  );
  const motives = MOTIVE_KINDS.map((kind) => [kind, labels.motive(kind)] as const);
  const none = t('value.none');
  const notAssessed = t('value.notAssessed');
  const listSeparator = t('punct.list');
  // Each person's decision steps, in step order, from one pass over the steps instead of one per person.
  const stepsOf = new Map<string, string[]>();
  for (const step of analysis.opportunity.decisionProcess) {
    for (const id of new Set(step.people)) {
      const names = stepsOf.get(id);
      if (names) names.push(step.name);
      else stepsOf.set(id, [step.name]);
    }
  }

  return Object.fromEntries(
    analysis.people.map(({ person, quadrant, man, chain, flags, bodies, competitorTie }) => {
      // Rows with no value are left out as they are written, with no list of them all to filter.
      const rows: [string, string][] = [];
      const row = (label: string, value: string | undefined) => {
        if (value !== undefined && value !== '') rows.push([label, value]);
      };
      row(label.title, person.title);
      row(label.unit, unitText(person));
      row(label.roles, person.roles.length > 0 ? labels.list(person.roles.map(roleText)) : none);
      row(label.power, String(person.power ?? notAssessed));
      row(label.interest, String(person.interest ?? notAssessed));
      row(label.quadrant, quadrant && quadrantText(quadrant));
      row(label.man, man && labels.colon(`${man.code} ${labels.manName(man)}`, labels.manStrategy(man)));
      row(label.support, supportText(person.support));
      row(label.closeness, closenessText(person.closeness));
      for (const [kind, motive] of motives) row(motive, person.motives?.[kind]);
      row(label.disc, person.disc && labels.disc(person.disc));
      row(label.demands, person.demands.length > 0 ? labels.semicolonList(person.demands) : undefined);
      row(label.body, labels.list(bodies.map((body) => labels.bodyMembership(body, person.id))));
      row(label.competitorTie, competitorTie && labels.competitorTie(competitorTie.competitor.name, competitorTie));
      row(label.owner, person.owner && (model.memberById.get(person.owner)?.name ?? person.owner));
      row(label.lastContact, person.lastContact);
      row(label.chain, chain.map(nameOf).join(' → '));
      row(label.decisionProcess, stepsOf.get(person.id)?.join(listSeparator));
      row(label.flag, flags.length > 0 ? flags.map(labels.redFlag).join(' ') : undefined);
      row(label.notes, person.notes);
      row(label.trainerNotes, options.trainerNotes ? person.trainer?.notes : undefined);
      return [person.id, { name: labels.personName(person), rows }];
    }),
  );
}

/** `text` of a value, written once per key (the value itself unless `keyOf` says otherwise). */
function writtenOnce<T, K = T>(text: (value: T) => string, keyOf: (value: T) => K = (value) => value as unknown as K) {
  const kept = new Map<K, string>();
  return (value: T): string => {
    const key = keyOf(value);
    let written = kept.get(key);
    if (written === undefined) {
      written = text(value);
      kept.set(key, written);
    }
    return written;
  };
}
