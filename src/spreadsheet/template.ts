/** Where the import template lives in the repository, per language (written by `npm run template`). */
export const IMPORT_TEMPLATE_FILES = {
  'zh-CN': 'templates/account-import.xlsx',
  en: 'templates/account-import.en.xlsx',
} as const;
