/**
 * The search index as a static JSON file, built with the site for its edition and fetched by
 * the search box only when a reader first uses it.
 */
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { cached } from '../build/buildCache.ts';
import { buildSearchRecords, type Links } from '../search/records.ts';
import { getChapters, getGlossary } from '../site/chapters.ts';
import { chapterHref, termHref } from '../site/contentLinks.ts';
import { accountCacheDigest, features, getAccounts, getAnalysis } from '../site/data.ts';
import { labels, locale } from '../site/locale.ts';
import { accountHref, personAnchor } from '../site/paths.ts';

export const GET: APIRoute = async () => {
  const chapters = await Promise.all(
    (await getChapters()).map(async (entry) => ({
      id: entry.id,
      data: entry.data,
      body: entry.body ?? '',
      headings: (await render(entry)).headings,
    })),
  );
  const links: Links = {
    chapter: (id, slug) => `${chapterHref(id)}${slug ? `#${slug}` : ''}`,
    account: accountHref,
    person: (accountId, personId) => `${accountHref(accountId)}#${personAnchor(personId)}`,
    term: termHref,
  };
  // The same records for the same input: kept on disk by what they are made of (the chapter
  // source; the account as of its date), the UI language and the base path of the links.
  const keyParts = [locale, chapterHref(''), String(features.trainerNotes)];
  const records = buildSearchRecords({
    chapters,
    accounts: getAccounts(),
    glossary: await getGlossary(),
    links,
    labels,
    includeTrainerNotes: features.trainerNotes,
    keep: {
      chapter: (chapter, compute) => cached('kam-search', [...keyParts, 'chapter', JSON.stringify(chapter)], compute),
      // People as the account pages show them: as of the case's date, without those who left.
      account: (account, compute) =>
        cached('kam-search', [...keyParts, 'account', accountCacheDigest(account)], () =>
          compute(getAnalysis(account.id).present),
        ),
    },
  });
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
