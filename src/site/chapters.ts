/** Chapters in reading order and the glossary, as the sidebar, pager, lists and search use them. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { t } from './locale.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;

export async function getChapters(): Promise<ChapterEntry[]> {
  const chapters = await getCollection('chapters');
  return chapters.sort((a, b) => a.data.order - b.data.order);
}

export async function getGlossary() {
  const entries = await getCollection('glossary');
  return entries.map((entry) => entry.data);
}

/** "第 4 章" / "Chapter 4". */
export const chapterNumberLabel = (order: number) => t('shell.chapterLabel', { n: order });

/** Glossary entries in teaching order: by the chapter that teaches them, then as listed in the file. */
export async function getGlossaryInTeachingOrder() {
  const chapters = await getChapters();
  const chapterOrder = new Map(chapters.map((chapter) => [chapter.id, chapter.data.order]));
  return (await getGlossary())
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => chapterOrder.get(a.entry.chapter)! - chapterOrder.get(b.entry.chapter)! || a.index - b.index)
    .map(({ entry }) => entry);
}
