/**
 * The UI strings the browser scripts need: the worksheet scripts' own (`ws.*`) and the value
 * labels the label door reads (src/i18n/labels.ts), and `quiz.*` for self-checks and tests.
 * Strings of trainer-only features (comparison with the key, debriefs) are left out of editions
 * without them.
 */
import { clientStrings, type Locale, type UiKey } from '../../i18n/ui.ts';
import type { EditionFeatures } from '../../model/edition.ts';

/** The worksheet scripts' own strings and the value labels their sheets show. */
const WORKSHEET_LABEL_PREFIXES = [
  'ws.',
  'own.',
  'punct.',
  'layer.',
  'role.',
  'support.',
  'closeness.',
  'disc.',
  'relationship.',
  'strength.',
  'infoCategory.',
  'sourceMethod.',
  'quadrant.',
  'man.',
  // The relationship-map sheet draws with the maps' builder.
  'maps.closenessLine',
  'maps.tag',
  'maps.edge.',
  'maps.node.',
  'teamRole.',
  'value.placeholder',
];

export function worksheetClientStrings(locale: Locale, features: EditionFeatures): Partial<Record<UiKey, string>> {
  const except = [...(features.answerKeys ? [] : ['ws.compare']), ...(features.debrief ? [] : ['ws.debrief'])];
  return clientStrings(locale, WORKSHEET_LABEL_PREFIXES, except);
}

export function quizClientStrings(locale: Locale, features: EditionFeatures): Partial<Record<UiKey, string>> {
  return clientStrings(locale, ['quiz.'], features.debrief ? [] : ['quiz.debrief']);
}
