import { localeFromEnv, translator } from '../i18n/ui.ts';

export const locale = localeFromEnv(process.env.UI_LOCALE);
export const t = translator(locale);
