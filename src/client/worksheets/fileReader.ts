/**
 * The worksheet file reader (`src/worksheets/importFile.ts`) with the validation messages, loaded
 * when a file is chosen: zod and the schemas it checks with are most of a worksheet page's
 * script, and most visits never import. The worksheet pages and the debrief both load it here.
 */
export async function loadWorksheetFileReader() {
  const [reader, messages] = await Promise.all([
    import('../../worksheets/importFile.ts'),
    import('../../validation/messages.ts'),
  ]);
  // The field problems of an imported file read in the page's language.
  messages.setMessageLocale(messages.messageLocaleOf(document.documentElement.lang));
  return reader;
}
