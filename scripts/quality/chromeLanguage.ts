/**
 * Is a built page's chrome in the UI language? For the English UI: every piece of text a page
 * shows (text nodes, attribute values, strings of its JSON data islands) may contain Chinese
 * only where the Chinese comes from a case file, a chapter, the glossary or an agenda.
 *
 * Chrome is told from content by the sources: every string value of the YAML files and every
 * text stretch of the MDX chapters is content. A piece of page text has its content removed
 * (whole values first, longest first); whatever Chinese is left must still be a piece of some
 * content text, and may never be a phrase of the Chinese dictionary (so a label such as 决策层
 * that leaks into the English UI is caught even though chapters use the same word).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtPages } from './builtSite.ts';
import { decodeEntities, scanHtml } from './html.ts';

/**
 * Chinese, Japanese and Korean writing: ideographs, kana, hangul, CJK punctuation (、。「」【】)
 * and the full-width punctuation Chinese text is joined with (（），：；！). Full-width ？ and ＋
 * are left out: the maps use them as icons beside a word that says the same.
 */
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff08\uff09\uff0c\uff1a\uff1b\uff01]/u;
const CJK_RUNS = new RegExp(`${CJK.source}+`, 'gu');

export const hasCjk = (text: string) => CJK.test(text);

/** Attributes a reader meets (read aloud, shown on hover, or the strings a script shows). */
const READ_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'title',
  'alt',
  'placeholder',
  'label',
  'value',
  'content',
  'data-strings',
];

/** Compared without whitespace: a renderer that wraps text into lines drops or adds spaces. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

export interface ContentText {
  /** Whole string values (YAML values, MDX text stretches), longest first. */
  values: string[];
  /** All of them joined, to ask whether a leftover is a piece of some content. */
  corpus: string;
}

/**
 * Every string value inside parsed YAML. A template the build fills (a case question's
 * `{account}` and `{person}`) counts as the pieces around its slots: the filled-in names are
 * content values of the case files themselves.
 */
function stringsOf(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(...value.split(/\{\w+\}/).filter(Boolean));
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsOf(item, into);
}

/** MDX text between markup: Markdown emphasis, links, tables, JSX tags and expressions. */
function mdxStretches(source: string): string[] {
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const values: string[] = [];
  if (frontmatter) stringsOf(parse(frontmatter[1]!), values);
  const body = frontmatter ? source.slice(frontmatter[0].length) : source;
  for (const stretch of body.split(/<[^>]*>|\{[^}]*\}|\*\*?|__?|`|\[|\]\([^)]*\)|\]|\||^\s*(?:#+|[-*>]|\d+\.)\s|\n/m)) {
    if (stretch.trim()) values.push(stretch.trim());
  }
  return values;
}

function filesUnder(dir: string, suffixes: readonly string[]): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, suffixes));
    else if (suffixes.some((suffix) => name.endsWith(suffix))) found.push(path);
  }
  return found;
}

/** The content text of a project: its case files, scenarios, agendas, glossary and chapters. */
export function contentTextOf(root: string): ContentText {
  const values: string[] = [];
  for (const file of [
    ...filesUnder(join(root, 'accounts'), ['.yaml']),
    ...filesUnder(join(root, 'content'), ['.yaml']),
  ]) {
    stringsOf(parse(readFileSync(file, 'utf8')), values);
  }
  for (const file of filesUnder(join(root, 'content'), ['.mdx']))
    values.push(...mdxStretches(readFileSync(file, 'utf8')));
  const unique = [...new Set(values.map(squeeze).filter(hasCjk))];
  unique.sort((a, b) => b.length - a.length);
  return { values: unique, corpus: unique.join('\n') };
}

/** Every piece of text a reader meets on a page: text nodes, attribute values, JSON strings. */
export function pageTexts(html: string): string[] {
  const scanned = scanHtml(html);
  const texts = scanned.tags.flatMap((tag) =>
    READ_ATTRIBUTES.flatMap((name) => (tag.attributes[name] === undefined ? [] : [tag.attributes[name]])),
  );
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '<x>')
    // An SVG text is one piece however a renderer wraps it into lines (tspans).
    .replace(/<text\b[^>]*>([\s\S]*?)<\/text>/g, (_, inner: string) => `<x>${inner.replace(/<[^>]*>/g, '')}<x>`);
  texts.push(...markup.split(/<[^>]*>/).map(decodeEntities));
  for (const script of scanned.inlineScripts) {
    if (script.type !== 'application/json') continue;
    const strings: string[] = [];
    stringsOf(JSON.parse(script.text), strings);
    texts.push(...strings);
  }
  return texts.map((text) => text.trim()).filter(hasCjk);
}

/** The CJK runs of every phrase of the Chinese dictionary (`{slots}` cut out). */
export function chromePhrases(dictionary: Readonly<Record<string, string>>): Set<string> {
  return new Set(Object.values(dictionary).flatMap((value) => value.replace(/\{\w+\}/g, ' ').match(CJK_RUNS) ?? []));
}

/** The Chinese left in one piece of page text once its content is taken out. */
export function chromeLeftIn(text: string, content: ContentText, zhPhrases: ReadonlySet<string>): string[] {
  const squeezed = squeeze(text);
  const covered = new Array<boolean>(squeezed.length).fill(false);
  for (const value of content.values) {
    for (let at = squeezed.indexOf(value); at >= 0; at = squeezed.indexOf(value, at + 1)) {
      covered.fill(true, at, at + value.length);
    }
  }
  // Text cut short with "…" (a long title on a grid chip) ends in a piece of content.
  for (let end = squeezed.indexOf('…'); end > 0; end = squeezed.indexOf('…', end + 1)) {
    let start = end;
    while (start > 0 && content.corpus.includes(squeezed.slice(start - 1, end))) start--;
    covered.fill(true, start, end);
  }
  const isContent = (piece: string) => content.corpus.includes(piece) && !zhPhrases.has(piece);
  const leftover: string[] = [];
  for (const run of squeezed.matchAll(CJK_RUNS)) {
    // The run's Chinese that no whole content value covers; a piece passes when it, or the run
    // it was cut from (content shortened with "…"), is a piece of content and no UI phrase.
    const pieces = run[0]
      .split('')
      .map((char, index) => (covered[run.index + index] ? '\u0000' : char))
      .join('')
      .split('\u0000')
      .filter(Boolean);
    leftover.push(...pieces.filter((piece) => !isContent(piece) && !isContent(run[0])));
  }
  return leftover;
}

export interface ChromeLeak {
  /** The page, relative to the built folder. */
  file: string;
  text: string;
  leftover: string[];
}

/** Every piece of chrome in CJK across a built site. */
export function chromeLeaks(dir: string, content: ContentText, zhPhrases: ReadonlySet<string>): ChromeLeak[] {
  const leaks: ChromeLeak[] = [];
  for (const page of builtPages(dir)) {
    for (const text of new Set(pageTexts(readFileSync(join(dir, page.file), 'utf8')))) {
      const leftover = chromeLeftIn(text, content, zhPhrases);
      if (leftover.length > 0) leaks.push({ file: page.file, text: text.slice(0, 160), leftover });
    }
  }
  return leaks;
}
