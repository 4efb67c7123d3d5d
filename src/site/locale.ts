import { localeFromEnv, translator, uiDictionary } from '../i18n/ui.ts';
import { createLabels } from '../i18n/labels.ts';

export const locale = localeFromEnv(process.env.UI_LOCALE);
export const t = translator(locale);
/** The label door in the build's UI language (see src/i18n/labels.ts). */
export const labels = createLabels(uiDictionary(locale));
