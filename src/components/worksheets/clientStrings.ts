/**
 * The UI strings the worksheet scripts need in the browser: their own (`ws.*`) and the value
 * labels the label door reads (src/views/labels.ts). Strings of trainer-only features
 * (comparison with the key, debrief) are left out of editions without them.
 */
import { uiDictionary, type Locale } from '../../i18n/ui.ts';
import type { EditionFeatures } from '../../model/edition.ts';
import { dictionarySubset } from '../../views/labels.ts';

/** The worksheet scripts' own strings and the value labels their sheets show. */
const WORKSHEET_LABEL_PREFIXES = [
  'ws.',
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

export function worksheetClientStrings(locale: Locale, features: EditionFeatures): Record<string, string> {
  const left = [...(features.answerKeys ? [] : ['ws.compare']), ...(features.debrief ? [] : ['ws.debrief'])];
  return Object.fromEntries(
    Object.entries(dictionarySubset(uiDictionary(locale), WORKSHEET_LABEL_PREFIXES)).filter(
      ([name]) => !left.some((prefix) => name.startsWith(prefix)),
    ),
  );
}
