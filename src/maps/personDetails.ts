/**
 * Everything the map detail panel shows about one person, as label/value text pairs built at
 * build time. The browser only puts them into the panel as text, so it needs no labels of its
 * own and nothing in them can act as markup. A page embeds them packed (./panelText.ts).
 */
import type { AccountAnalysis } from '../analysis/analyzeAccount.ts';
import { MOTIVE_KINDS } from '../schemas/vocabulary.ts';
import type { Labels } from '../i18n/labels.ts';

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
  const steps = analysis.opportunity.decisionProcess;

  return Object.fromEntries(
    analysis.people.map(({ person, quadrant, man, chain, flags, bodies, competitorTie }) => {
      const rows: [string, string | undefined][] = [
        [t('col.title'), person.title],
        [
          t('col.unit'),
          `${model.unitById.get(person.unit)?.name ?? person.unit}${labels.paren(labels.layer(model.layerOf(person)))}`,
        ],
        [t('col.roles'), person.roles.length > 0 ? labels.list(person.roles.map(labels.role)) : t('value.none')],
        [t('col.power'), String(person.power ?? t('value.notAssessed'))],
        [t('col.interest'), String(person.interest ?? t('value.notAssessed'))],
        [t('col.quadrant'), quadrant && labels.colon(labels.quadrant(quadrant), labels.quadrantAction(quadrant))],
        [t('col.man'), man && labels.colon(`${man.code} ${labels.manName(man)}`, labels.manStrategy(man))],
        [t('col.support'), labels.support(person.support)],
        [t('col.closeness'), labels.closeness(person.closeness)],
        ...MOTIVE_KINDS.map((kind): [string, string | undefined] => [labels.motive(kind), person.motives?.[kind]]),
        [t('col.disc'), person.disc && labels.disc(person.disc)],
        [t('col.demands'), person.demands.length > 0 ? labels.semicolonList(person.demands) : undefined],
        [t('col.body'), labels.list(bodies.map((body) => labels.bodyMembership(body, person.id))) || undefined],
        [t('col.competitorTie'), competitorTie && labels.competitorTie(competitorTie.competitor.name, competitorTie)],
        [t('col.owner'), person.owner && (model.memberById.get(person.owner)?.name ?? person.owner)],
        [t('col.lastContact'), person.lastContact],
        [t('col.chain'), chain.map(nameOf).join(' → ')],
        [
          t('account.decisionProcess'),
          steps
            .filter((step) => step.people.includes(person.id))
            .map((step) => step.name)
            .join(t('punct.list')) || undefined,
        ],
        [t('col.flag'), flags.length > 0 ? flags.map(labels.redFlag).join(' ') : undefined],
        [t('col.notes'), person.notes],
        [t('account.trainerNotes'), options.trainerNotes ? person.trainer?.notes : undefined],
      ];
      return [
        person.id,
        {
          name: labels.personName(person),
          rows: rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== ''),
        },
      ];
    }),
  );
}
