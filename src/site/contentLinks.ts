/** Where chapters, glossary terms and worksheets live: one place, so targets can move. */
import type { WorksheetKind } from '../schemas/chapter.ts';
import { href } from './paths.ts';

export const chapterHref = (id: string) => href(`/chapters/${id}/`);
export const termAnchor = (id: string) => `term-${id}`;
export const termHref = (id: string) => href(`/glossary/#${termAnchor(id)}`);

/**
 * The worksheet an exercise opens. Worksheet pages are built by their own area; link to the
 * kind's page when it exists, else to the worksheets index, else nowhere (never a broken link).
 * `pageFiles` are the project's page modules, as import.meta.glob lists them.
 */
export function worksheetHref(kind: WorksheetKind, account: string | undefined, pageFiles: readonly string[]) {
  const query = account ? `?account=${encodeURIComponent(account)}` : '';
  const under = pageFiles.filter((file) => file.includes('/pages/worksheets/'));
  const kindPage = under.some(
    (file) =>
      file.includes(`/worksheets/${kind}/`) || file.includes(`/worksheets/${kind}.`) || /\/worksheets\/\[/.test(file),
  );
  if (kindPage) return href(`/worksheets/${kind}/${query}`);
  if (under.some((file) => /\/pages\/worksheets\/index\.astro$/.test(file))) return href('/worksheets/');
  return undefined;
}
