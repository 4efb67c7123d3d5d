/**
 * The search index as a static JSON file, built with the site for its edition and fetched by
 * the search box only when a reader first uses it.
 */
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { buildSearchRecords } from '../search/records.ts';
import { getChapters, getGlossary } from '../site/chapters.ts';
import { chapterHref, termHref } from '../site/contentLinks.ts';
import { features, getAccounts, getAnalysis } from '../site/data.ts';
import { labels } from '../site/locale.ts';
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
  const records = buildSearchRecords({
    chapters,
    // People as the account pages show them: as of the case's date, without those who left.
    accounts: getAccounts().map((account) => getAnalysis(account.id).present),
    glossary: await getGlossary(),
    links: {
      chapter: (id, slug) => `${chapterHref(id)}${slug ? `#${slug}` : ''}`,
      account: accountHref,
      person: (accountId, personId) => `${accountHref(accountId)}#${personAnchor(personId)}`,
      term: termHref,
    },
    labels,
    includeTrainerNotes: features.trainerNotes,
  });
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
