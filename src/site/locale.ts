import { localeFromEnv, translator, uiDictionary } from '../i18n/ui.ts';
import { createLabels } from '../i18n/labels.ts';

export const locale = localeFromEnv(process.env.UI_LOCALE);
export const t = translator(locale);
/** The label door in the build's UI language (see src/i18n/labels.ts). */
export const labels = createLabels(uiDictionary(locale));
/** A yes/no cell said with a sign and a word, so colour or shape is never the only signal. */
export const yesNoMark = (ok: boolean) => (ok ? `✓ ${t('value.yes')}` : `✗ ${t('value.no')}`);
