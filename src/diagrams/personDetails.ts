/**
 * Everything the map detail panel shows about one person, as label/value text pairs built at
 * build time. The browser only puts them into the panel as text, so it needs no labels of its
 * own and nothing in them can act as markup.
 */
import type { AccountAnalysis } from '../analysis/analyzeAccount.ts';
import { QUADRANT_INFO } from '../analysis/powerInterest.ts';
import type { UiKey } from '../i18n/ui.ts';
import { DISC_LABELS, MOTIVE_KINDS, MOTIVE_LABELS } from '../schemas/vocabulary.ts';
import { closenessLabel, layerLabel, personDisplayName, roleLabel, supportLabel } from '../views/labels.ts';

export interface PersonDetail {
  name: string;
  rows: [string, string][];
}

export function personDetails(
  analysis: AccountAnalysis,
  t: (key: UiKey) => string,
  options: { trainerNotes: boolean },
): Record<string, PersonDetail> {
  const { model } = analysis;
  const nameOf = (id: string) => model.personById.get(id)?.name ?? id;
  const steps = model.account.opportunity.decisionProcess;
  return Object.fromEntries(
    analysis.people.map(({ person, quadrant, man, chain, flags }) => {
      const rows: [string, string | undefined][] = [
        [t('col.title'), person.title],
        [
          t('col.unit'),
          `${model.unitById.get(person.unit)?.name ?? person.unit}（${layerLabel[model.layerOf(person)]}）`,
        ],
        [t('col.roles'), person.roles.length > 0 ? person.roles.map(roleLabel).join('、') : t('value.none')],
        [t('col.power'), String(person.power ?? t('value.notAssessed'))],
        [t('col.interest'), String(person.interest ?? t('value.notAssessed'))],
        [t('col.quadrant'), quadrant && `${QUADRANT_INFO[quadrant].zh}：${QUADRANT_INFO[quadrant].action}`],
        [t('col.man'), man && `${man.code} ${man.label}：${man.strategy}`],
        [t('col.support'), supportLabel(person.support)],
        [t('col.closeness'), closenessLabel(person.closeness)],
        ...MOTIVE_KINDS.map((kind): [string, string | undefined] => [MOTIVE_LABELS[kind], person.motives?.[kind]]),
        [t('col.disc'), person.disc && DISC_LABELS[person.disc]],
        [t('col.demands'), person.demands.length > 0 ? person.demands.join('；') : undefined],
        [t('col.owner'), person.owner && (model.memberById.get(person.owner)?.name ?? person.owner)],
        [t('col.lastContact'), person.lastContact],
        [t('col.chain'), chain.map(nameOf).join(' → ')],
        [
          t('account.decisionProcess'),
          steps
            .filter((step) => step.people.includes(person.id))
            .map((step) => step.name)
            .join('、') || undefined,
        ],
        [t('col.flag'), flags.length > 0 ? flags.map((flag) => flag.message).join(' ') : undefined],
        [t('col.notes'), person.notes],
        [t('account.trainerNotes'), options.trainerNotes ? person.trainer?.notes : undefined],
      ];
      return [
        person.id,
        {
          name: personDisplayName(person),
          rows: rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== ''),
        },
      ];
    }),
  );
}
