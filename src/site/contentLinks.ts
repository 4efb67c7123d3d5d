/** Where chapters, glossary terms and worksheets live: one place, so targets can move. */
import type { ComplianceSection } from '../schemas/chapter.ts';
import type { WorksheetKind } from '../schemas/worksheet.ts';
import { href } from './paths.ts';

export const chapterHref = (id: string) => href(`/chapters/${id}/`);
/** Slide mode of a chapter; `#n` after it opens slide n. */
export const slidesHref = (id: string) => href(`/chapters/${id}/slides/`);
/** The whole workbook on one page, for print. */
export const bookHref = () => href('/book/');
export const termAnchor = (id: string) => `term-${id}`;
export const termHref = (id: string) => href(`/glossary/#${termAnchor(id)}`);

/** The 合规红线 page, or one of its sections (heading ids of content/compliance.mdx). */
export const complianceHref = (section?: ComplianceSection) => href(`/compliance/${section ? `#${section}` : ''}`);

/**
 * The worksheet an exercise opens. Worksheet pages are built by their own area: link to the
 * kind's own index page when there is one, else to the worksheets index, else nowhere (never a
 * broken link). `pageFiles` are the project's page modules, as import.meta.glob lists them.
 */
export function worksheetHref(kind: WorksheetKind, account: string | undefined, pageFiles: readonly string[]) {
  const exists = (page: string) => pageFiles.some((file) => file.endsWith(`/pages/worksheets/${page}`));
  if (exists(`${kind}/index.astro`)) {
    return href(`/worksheets/${kind}/${account ? `?account=${encodeURIComponent(account)}` : ''}`);
  }
  return exists('index.astro') ? href('/worksheets/') : undefined;
}
