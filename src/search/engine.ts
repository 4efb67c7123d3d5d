/**
 * Ranks search records for a query: fuse.js finds candidates (fuzzy, any field), then names
 * that match exactly or from the start come first, so "决策者", "EB" or "xrjzt" put the term
 * itself on top rather than a paragraph that mentions it. Runs in the browser and in tests.
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

const FUSE_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: [
    { name: 'title', weight: 4 },
    { name: 'keys', weight: 3 },
    { name: 'initials', weight: 2 },
    { name: 'pinyin', weight: 2 },
    { name: 'context', weight: 1 },
    { name: 'text', weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true,
  // Chinese words are short: a loose threshold lets one wrong character in, not noise.
  threshold: 0.3,
  minMatchCharLength: 1,
};

/** Terms define a word, so they win a tie; then chapter headings, accounts, people. */
const KIND_ORDER: Record<SearchKind, number> = { term: 0, chapter: 0.05, account: 0.1, person: 0.15 };

export const normalise = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** 0: a name is the query; 1: a name starts with it; 2: a name contains it; 3: only the text matched. */
export function matchTier(record: SearchRecord, query: string): number {
  const q = normalise(query);
  const compact = q.replace(/ /g, '');
  const names = [record.title, ...record.keys].map(normalise);
  const spellings = [...record.pinyin, ...record.initials];
  if (names.includes(q) || spellings.includes(compact)) return 0;
  if (names.some((name) => name.startsWith(q)) || spellings.some((spelling) => spelling.startsWith(compact))) return 1;
  if (names.some((name) => name.includes(q))) return 2;
  return 3;
}

export function createSearch(records: readonly SearchRecord[]) {
  const fuse = new Fuse(records, FUSE_OPTIONS, Fuse.createIndex(FUSE_OPTIONS.keys!, records));
  return function search(query: string, limit = 20): SearchHit[] {
    const q = normalise(query);
    if (q === '') return [];
    return fuse
      .search(q)
      .map(({ item, score = 1 }) => ({
        record: item,
        score: matchTier(item, q) + KIND_ORDER[item.kind] + score * 0.1,
      }))
      .sort((a, b) => a.score - b.score)
      .slice(0, limit);
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
 * whole query, or, when it does not occur, of each of its Chinese characters.
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
