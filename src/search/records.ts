/**
 * Search records from chapters (down to each heading), accounts, people and glossary terms.
 * Pure: the build feeds it collection entries and edition-filtered accounts as of their date.
 */
import type { Account } from '../schemas/account.ts';
import type { Chapter } from '../schemas/chapter.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { Labels } from '../i18n/labels.ts';
import { pinyinOf } from './pinyin.ts';
import { plainText, sections, withoutTrainerNotes } from './plainText.ts';
import type { SearchKind, SearchRecord } from './types.ts';

/** Long enough to match on a section's words, short enough to keep the index small. */
export const TEXT_LIMIT = 400;

export interface Links {
  chapter(id: string, headingSlug?: string): string;
  account(id: string): string;
  person(accountId: string, personId: string): string;
  term(id: string): string;
}

export interface ChapterSource {
  id: string;
  data: Pick<Chapter, 'title' | 'summary' | 'keyPoints'>;
  body: string;
  /** Headings as the MDX compiler slugged them (render(entry).headings). */
  headings: readonly { depth: number; slug: string; text: string }[];
}

function record(
  kind: SearchKind,
  title: string,
  context: string,
  url: string,
  keys: string[],
  text: string,
): SearchRecord {
  const names = [title, ...keys];
  return { kind, title, context, url, keys, text: text.slice(0, TEXT_LIMIT), ...pinyinOf(names) };
}

export function chapterRecords(chapter: ChapterSource, links: Links, includeTrainerNotes: boolean): SearchRecord[] {
  const body = includeTrainerNotes ? chapter.body : withoutTrainerNotes(chapter.body);
  const unused = chapter.headings.filter((heading) => heading.depth >= 2 && heading.depth <= 3);
  const records: SearchRecord[] = [];
  for (const section of sections(body)) {
    if (section.heading === '') {
      const intro = [chapter.data.summary, ...chapter.data.keyPoints, section.text].join(' ');
      records.push(record('chapter', chapter.data.title, '', links.chapter(chapter.id), [], intro));
      continue;
    }
    // Pair with the compiler's heading of the same text, so the link lands on its anchor.
    const index = unused.findIndex((heading) => plainText(heading.text) === section.heading);
    const slug = index >= 0 ? unused.splice(index, 1)[0]!.slug : undefined;
    records.push(
      record('chapter', section.heading, chapter.data.title, links.chapter(chapter.id, slug), [], section.text),
    );
  }
  return records;
}

/** People are found by their role and layer in the UI language (`labels`), besides the codes. */
export function accountRecords(account: Account, links: Links, labels: Labels): SearchRecord[] {
  const accountRecord = record(
    'account',
    account.name,
    `${account.industry} · ${labels.sector(account.sector)}`,
    links.account(account.id),
    [account.id],
    [account.summary, account.situation ?? ''].join(' '),
  );
  const units = new Map(account.units.map((unit) => [unit.id, unit]));
  const people = account.people
    .filter((person) => !person.placeholder)
    .map((person) => {
      const unit = units.get(person.unit);
      const roles = person.roles.filter((role) => role !== 'unknown');
      const where = [person.title, unit?.name, account.name].filter(Boolean).join(' · ');
      return record(
        'person',
        person.name,
        where,
        links.person(account.id, person.id),
        [person.title, ...roles, ...roles.map(labels.role), ...(unit ? [unit.name, labels.layer(unit.layer)] : [])],
        '',
      );
    });
  return [accountRecord, ...people];
}

export function termRecords(entries: readonly GlossaryEntry[], links: Links): SearchRecord[] {
  return entries.map((entry) =>
    record('term', entry.zh, entry.en, links.term(entry.id), [entry.en, ...entry.synonyms], entry.definition),
  );
}

/** Every record of the site, in one list: the search index. */
export function buildSearchRecords(input: {
  chapters: readonly ChapterSource[];
  /** The accounts as their pages show them (as of the case's date), unless `keep` finds that view itself. */
  accounts: readonly Account[];
  glossary: readonly GlossaryEntry[];
  links: Links;
  labels: Labels;
  includeTrainerNotes: boolean;
  /**
   * Computes a chapter's or an account's records (`chapterRecords`, `accountRecords`), or the
   * glossary's (`termRecords`), or finds them: the build keeps them from one build to the next,
   * as spelling names in pinyin is most of the index's time.
   */
  keep?: {
    chapter: (chapter: ChapterSource, compute: () => SearchRecord[]) => SearchRecord[];
    account: (account: Account, compute: (present: Account) => SearchRecord[]) => SearchRecord[];
    glossary: (entries: readonly GlossaryEntry[], compute: () => SearchRecord[]) => SearchRecord[];
  };
}): SearchRecord[] {
  const keep = input.keep ?? {
    chapter: (_: ChapterSource, compute: () => SearchRecord[]) => compute(),
    account: (account: Account, compute: (present: Account) => SearchRecord[]) => compute(account),
    glossary: (_: readonly GlossaryEntry[], compute: () => SearchRecord[]) => compute(),
  };
  return [
    ...input.chapters.flatMap((chapter) =>
      keep.chapter(chapter, () => chapterRecords(chapter, input.links, input.includeTrainerNotes)),
    ),
    ...input.accounts.flatMap((account) =>
      keep.account(account, (present) => accountRecords(present, input.links, input.labels)),
    ),
    ...keep.glossary(input.glossary, () => termRecords(input.glossary, input.links)),
  ];
}
