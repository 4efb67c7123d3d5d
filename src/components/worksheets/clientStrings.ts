/**
 * The UI strings the worksheet scripts need in the browser (`ws.*`). Strings of trainer-only
 * features (comparison with the key, debrief) are left out of the other editions.
 */
import { uiDictionary, type Locale } from '../../i18n/ui.ts';
import type { Edition } from '../../model/edition.ts';

const TRAINER_ONLY = ['ws.compare', 'ws.debrief'];

export function worksheetClientStrings(locale: Locale, edition: Edition): Record<string, string> {
  return Object.fromEntries(
    Object.entries(uiDictionary(locale)).filter(
      ([name]) =>
        name.startsWith('ws.') && (edition === 'trainer' || !TRAINER_ONLY.some((prefix) => name.startsWith(prefix))),
    ),
  );
}
