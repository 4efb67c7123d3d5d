/** One thing the search box can find. Built at build time, shipped as JSON, ranked in the browser. */
export const SEARCH_KINDS = ['chapter', 'account', 'person', 'term'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchRecord {
  kind: SearchKind;
  /** What the result says first: a chapter or heading, an account, a person, a term. */
  title: string;
  /** Where it belongs: the chapter of a heading, the title and account of a person, a term's English name. */
  context: string;
  url: string;
  /** Other names it is known by: synonyms, English names, buying roles. */
  keys: string[];
  /** Plain text to match when nothing better does (section text, summary, definition), trimmed. */
  text: string;
  /** Pinyin of the title and Chinese keys, one word per name, e.g. "xinrenjinzita". */
  pinyin: string[];
  /** Pinyin initials of the same, e.g. "xrjzt". */
  initials: string[];
}
