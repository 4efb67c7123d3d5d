/**
 * The search index as a static JSON file, built with the site for its edition and fetched by
 * the search box only when a reader first uses it.
 */
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { cached, findCached } from '../build/buildCache.ts';
import { buildSearchRecords, type ChapterSource, type Links } from '../search/records.ts';
import type { SearchRecord } from '../search/types.ts';
import { getChapters, getGlossary } from '../site/chapters.ts';
import { chapterHref, termHref } from '../site/contentLinks.ts';
import { accountCacheDigest, features, getAccounts, getAnalysis } from '../site/data.ts';
import { labels, locale } from '../site/locale.ts';
import { accountHref, personAnchor } from '../site/paths.ts';

export const GET: APIRoute = async () => {
  // The same records for the same input, kept on disk by what they are made of (the chapter's
  // source; the account as of its date; the glossary), the UI language, the base path of the
  // links and whether trainer notes are searched: only what changed is spelt in pinyin again.
  const keyParts = [locale, chapterHref(''), String(features.trainerNotes)];
  const chapterKey = (chapter: Pick<ChapterSource, 'id' | 'data' | 'body'>) => [
    ...keyParts,
    'chapter',
    JSON.stringify([chapter.id, chapter.data, chapter.body]),
  ];
  const keptChapters = new Map<string, SearchRecord[]>();
  const chapters = await Promise.all(
    (await getChapters()).map(async (entry): Promise<ChapterSource> => {
      const source = { id: entry.id, data: entry.data, body: entry.body ?? '' };
      const kept = findCached<SearchRecord[]>('kam-search', chapterKey(source));
      if (kept) keptChapters.set(entry.id, kept);
      // Headings come from compiling the chapter: only for one whose records are not kept.
      return { ...source, headings: kept ? [] : (await render(entry)).headings };
    }),
  );
  const links: Links = {
    chapter: (id, slug) => `${chapterHref(id)}${slug ? `#${slug}` : ''}`,
    account: accountHref,
    person: (accountId, personId) => `${accountHref(accountId)}#${personAnchor(personId)}`,
    term: termHref,
  };
  const records = buildSearchRecords({
    chapters,
    accounts: getAccounts(),
    glossary: await getGlossary(),
    links,
    labels,
    includeTrainerNotes: features.trainerNotes,
    keep: {
      chapter: (chapter, compute) => keptChapters.get(chapter.id) ?? cached('kam-search', chapterKey(chapter), compute),
      // People as the account pages show them: as of the case's date, without those who left.
      account: (account, compute) =>
        cached('kam-search', [...keyParts, 'account', accountCacheDigest(account)], () =>
          compute(getAnalysis(account.id).present),
        ),
      glossary: (entries, compute) => cached('kam-search', [...keyParts, 'glossary', JSON.stringify(entries)], compute),
    },
  });
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
