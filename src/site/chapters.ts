/** Chapters in reading order, with their neighbours: the sidebar, pager and lists use this. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type ChapterEntry = CollectionEntry<'chapters'>;

export async function getChapters(): Promise<ChapterEntry[]> {
  const chapters = await getCollection('chapters');
  return chapters.sort((a, b) => a.data.order - b.data.order);
}

export async function getGlossary() {
  const entries = await getCollection('glossary');
  return entries.map((entry) => entry.data);
}
