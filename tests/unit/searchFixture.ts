/** The real site's search records, built as the trainee build builds them (headings unslugged). */
import { analyzeAccount } from '../../src/analysis/analyzeAccount.ts';
import { applyEdition, type Edition } from '../../src/model/edition.ts';
import { loadAllAccounts } from '../../src/model/loadAccounts.ts';
import { buildSearchRecords, type Links } from '../../src/search/records.ts';
import { readContent } from '../../src/build/contentValidation.ts';
import { zhLabels } from './helpers.ts';

export const LINKS: Links = {
  chapter: (id, slug) => `/chapters/${id}/${slug ? `#${slug}` : ''}`,
  account: (id) => `/accounts/${id}/`,
  person: (account, person) => `/accounts/${account}/#person-${person}`,
  term: (id) => `/glossary/#term-${id}`,
};

export function siteRecords(edition: Edition = 'trainee') {
  const root = new URL('../../', import.meta.url).pathname;
  const content = readContent(root);
  return buildSearchRecords({
    chapters: content.chapters.map((chapter) => ({ ...chapter, headings: [] })),
    accounts: applyEdition(loadAllAccounts(root), edition).map((account) => analyzeAccount(account).present),
    glossary: content.glossary,
    links: LINKS,
    labels: zhLabels,
    includeTrainerNotes: edition === 'trainer',
  });
}
