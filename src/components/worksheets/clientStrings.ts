/**
 * The UI strings a browser script needs (`ws.*` for worksheets, `quiz.*` for self-checks and
 * tests). Strings of trainer-only features (comparison with the key, debriefs) are left out of
 * the other editions.
 */
import { clientStrings, type Locale, type UiKey } from '../../i18n/ui.ts';
import type { Edition } from '../../model/edition.ts';

const TRAINER_ONLY = ['ws.compare', 'ws.debrief'];

export function worksheetClientStrings(locale: Locale, edition: Edition): Partial<Record<UiKey, string>> {
  return clientStrings(locale, ['ws.'], edition === 'trainer' ? [] : TRAINER_ONLY);
}

export function quizClientStrings(locale: Locale, edition: Edition): Partial<Record<UiKey, string>> {
  return clientStrings(locale, ['quiz.'], edition === 'trainer' ? [] : ['quiz.debrief']);
}
