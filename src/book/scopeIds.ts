/**
 * The whole workbook on one page puts every chapter under one h1, where each chapter alone has
 * its own. Run over a chapter's rendered HTML, this keeps the page valid and its links working:
 * every id (and every reference to one) gets the chapter's prefix, headings move one level down,
 * and links to pages that the book also contains point into the book instead. Pure.
 */

const ID_REFERENCES = /(\s)(id|for|aria-labelledby|aria-describedby|aria-controls|aria-owns)="([^"]*)"/g;
const FRAGMENT_LINK = /(\shref)="#([^"]*)"/g;
const HEADING_TAG = /<(\/?)h([1-5])(?=[\s>])/g;
const LANDMARK_TAG = /<(section|aside|nav|form)(\s[^>]*)>/g;

export interface ScopeOptions {
  /** Prefix for every id of this chapter, e.g. `chapter-04-buying-roles`. */
  prefix: string;
  /** Link targets the book holds itself: a page address (or its start) → the fragment that replaces it. */
  localTargets?: readonly (readonly [address: string, fragment: string])[];
  /**
   * Landmarks repeat from chapter to chapter (学习目标, 练习), and a page's landmarks need names of
   * their own: each one's name gains the chapter's title (the element with this id, before
   * prefixing) or, for a written-out name, this text.
   */
  landmarks?: { titleId: string; suffix: string };
}

export function scopeChapterHtml(html: string, { prefix, localTargets = [], landmarks }: ScopeOptions): string {
  const scoped = (id: string) => `${prefix}-${id}`;
  const named = landmarks
    ? html.replace(LANDMARK_TAG, (_whole, tag: string, attributes: string) => {
        const renamed = attributes
          .replace(
            /(\saria-labelledby)="([^"]*)"/,
            (_all, name: string, ids: string) => `${name}="${ids} ${landmarks.titleId}"`,
          )
          .replace(
            /(\saria-label)="([^"]*)"/,
            (_all, name: string, label: string) => `${name}="${label} · ${landmarks.suffix}"`,
          );
        return `<${tag}${renamed}>`;
      })
    : html;
  let result = named
    .replace(ID_REFERENCES, (_whole, space: string, name: string, value: string) => {
      const ids = value.split(/\s+/).filter(Boolean).map(scoped).join(' ');
      return `${space}${name}="${ids}"`;
    })
    .replace(FRAGMENT_LINK, (_whole, attribute: string, id: string) => `${attribute}="#${id ? scoped(id) : ''}"`)
    .replace(HEADING_TAG, (_whole, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
  // Longest address first, so `/glossary/#term-eb` wins over `/glossary/`.
  for (const [address, fragment] of [...localTargets].sort((a, b) => b[0].length - a[0].length)) {
    result = result.split(`href="${address}"`).join(`href="#${fragment}"`);
  }
  return result;
}
