/**
 * The UI strings the worksheet scripts need in the browser: their own (`ws.*`) and the value
 * labels the label door reads (src/views/labels.ts). Strings of trainer-only features
 * (comparison with the key, debrief) are left out of editions without them.
 */
import { uiDictionary, type Locale } from '../../i18n/ui.ts';
import type { EditionFeatures } from '../../model/edition.ts';
import { labelKeysFor } from '../../views/labels.ts';

export function worksheetClientStrings(locale: Locale, features: EditionFeatures): Record<string, string> {
  const left = [...(features.answerKeys ? [] : ['ws.compare']), ...(features.debrief ? [] : ['ws.debrief'])];
  return Object.fromEntries(
    Object.entries(labelKeysFor(uiDictionary(locale), ['ws.'])).filter(
      ([name]) => !left.some((prefix) => name.startsWith(prefix)),
    ),
  );
}
