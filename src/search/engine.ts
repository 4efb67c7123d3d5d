/**
 * Ranks search records for a query. Every record whose names, pinyin, context or text contain
 * the query is a hit; names that are the query, or start with it, come first, so "决策者", "EB"
 * or "xrjzt" put the term itself on top rather than a paragraph that mentions it. When no
 * record contains the query as typed, fuse.js looks for near misses (typos) in the names.
 * Runs in the browser and in tests.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { SEARCH_KINDS, type SearchKind, type SearchRecord } from './types.ts';

export interface SearchHit {
  record: SearchRecord;
  /** Lower is better. */
  score: number;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
}

/** Fuzzy matching only on short fields: long text makes it slow and noisy. */
const FUZZY_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'keys', weight: 2 },
  ],
  includeScore: true,
  ignoreLocation: true,
  // Chinese words are short: a loose threshold lets one wrong character in, not noise.
  threshold: 0.3,
};

/** Near misses are looked for only when nothing contains the query (fuzzy search is the slow part). */
const FUZZY_BELOW = 1;

/** Terms define a word, so they win a tie; then chapter headings, accounts, people. */
const KIND_ORDER: Record<SearchKind, number> = { term: 0, chapter: 0.05, account: 0.1, person: 0.15 };

export const normalise = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

interface Prepared {
  haystack: string;
  names: string[];
  spellings: string[];
}

function prepare(record: SearchRecord): Prepared {
  const names = [record.title, ...record.keys].map(normalise);
  const spellings = [...record.pinyin, ...record.initials];
  return {
    haystack: [...names, ...spellings, normalise(record.context), normalise(record.text)].join('\u0001'),
    names,
    spellings,
  };
}

function tierOf({ names, spellings }: Prepared, q: string, compact: string): number {
  if (names.includes(q) || spellings.includes(compact)) return 0;
  if (names.some((name) => name.startsWith(q)) || spellings.some((spelling) => spelling.startsWith(compact))) return 1;
  if (names.some((name) => name.includes(q))) return 2;
  return 3;
}

/** 0: a name is the query; 1: a name starts with it; 2: a name contains it; 3: only the text matched. */
export function matchTier(record: SearchRecord, query: string): number {
  const q = normalise(query);
  return tierOf(prepare(record), q, q.replace(/ /g, ''));
}

export function createSearch(records: readonly SearchRecord[]) {
  const prepared = records.map(prepare);
  const fuse = new Fuse(records, FUZZY_OPTIONS, Fuse.createIndex(FUZZY_OPTIONS.keys!, records));
  return function search(query: string, limit = 20): SearchHit[] {
    const q = normalise(query);
    if (q === '') return [];
    const compact = q.replace(/ /g, '');
    const hits: SearchHit[] = [];
    const seen = new Set<number>();
    prepared.forEach((entry, index) => {
      if (!entry.haystack.includes(q) && !entry.haystack.includes(compact)) return;
      const record = records[index]!;
      seen.add(index);
      // Shorter names first within a tier: "把关者" before "技术把关者".
      hits.push({
        record,
        score: tierOf(entry, q, compact) + KIND_ORDER[record.kind] + Math.min(record.title.length, 40) / 1000,
      });
    });
    if (hits.length < FUZZY_BELOW && compact.length >= 2) {
      for (const { item, refIndex, score = 1 } of fuse.search(q, { limit })) {
        if (!seen.has(refIndex)) hits.push({ record: item, score: 4 + score + KIND_ORDER[item.kind] });
      }
    }
    return hits.sort((a, b) => a.score - b.score).slice(0, limit);
  };
}

/** Hits grouped by kind; groups ordered by their best hit, so the best result is always first. */
export function groupHits(hits: readonly SearchHit[]): SearchGroup[] {
  const groups = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.record.kind) ?? [];
    list.push(hit);
    groups.set(hit.record.kind, list);
  }
  return [...groups.entries()]
    .map(([kind, list]) => ({ kind, hits: list }))
    .sort((a, b) => a.hits[0]!.score - b.hits[0]!.score || SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind));
}

export interface Fragment {
  text: string;
  match: boolean;
}

/**
 * Splits text into plain and matching fragments for highlighting: every occurrence of the
 * whole query, or, when it does not occur, of runs of two or more of its Chinese characters.
 */
export function highlight(text: string, query: string): Fragment[] {
  const q = normalise(query);
  if (q === '' || text === '') return [{ text, match: false }];
  const lower = text.toLowerCase();
  const marks = new Array<boolean>(text.length).fill(false);
  let found = false;
  for (let at = lower.indexOf(q); at >= 0; at = lower.indexOf(q, at + q.length)) {
    found = true;
    marks.fill(true, at, at + q.length);
  }
  if (!found) {
    const han = new Set([...q].filter((char) => /\p{Script=Han}/u.test(char)));
    for (let index = 0; index < text.length; index++) {
      if (han.has(text[index]!)) marks[index] = true;
    }
    // A lone shared character (the 者 of 把关者 for 决策者) is noise, not a match.
    for (let index = 0; index < text.length; index++) {
      if (marks[index] && !marks[index - 1] && !marks[index + 1]) marks[index] = false;
    }
  }
  const fragments: Fragment[] = [];
  for (let index = 0; index < text.length; index++) {
    const last = fragments[fragments.length - 1];
    if (last && last.match === marks[index]) last.text += text[index];
    else fragments.push({ text: text[index]!, match: marks[index]! });
  }
  return fragments;
}

/** A short excerpt of `text` around the first occurrence of the query. */
export function excerpt(text: string, query: string, length = 60): string {
  if (text.length <= length) return text;
  const at = text.toLowerCase().indexOf(normalise(query));
  const start = at < 0 ? 0 : Math.max(0, Math.min(at - Math.floor(length / 3), text.length - length));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + length)}${start + length < text.length ? '…' : ''}`;
}
