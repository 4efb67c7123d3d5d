/**
 * The one place where user text enters mermaid source. Every label is written as a quoted
 * string whose characters outside a small safe set become mermaid entity codes (`#60;`), so
 * quotes, brackets, arrows, `%%`, `;`, backticks, `click …` and HTML render literally and can
 * never close the label, start a statement or reach the SVG as markup.
 */

/**
 * Letters, digits, spaces, CJK / full-width punctuation and a few ASCII marks that mean nothing
 * inside a quoted label pass; everything else is encoded. `:` is encoded too: mermaid strips
 * the `;` from any line matching `style…:…#…;` before parsing, which would break an entity code.
 */
const SAFE =
  /[\p{L}\p{N} +.,/?!'=@_\-\u3000-\u303f\uff01-\uff5e\u00b7\u2014\u2013\u2026\u201c\u201d\u2018\u2019\u2190-\u21ff\u25a0-\u27bf]/u;
// Full-width forms that mermaid or HTML could still read as syntax after normalisation.
const ALWAYS_ENCODE = new Set(['＃', '；', '＜', '＞', '＆', '＂', '｀', '％']);

/** Text of safe characters only (most names, titles and labels): it passes as it is. */
const ALL_SAFE = new RegExp(`^(?:${SAFE.source})*$`, 'u');
const ANY_ALWAYS_ENCODED = new RegExp(`[${[...ALWAYS_ENCODE].join('')}]`, 'u');

/** Encodes one piece of user text for use inside a quoted mermaid label. */
export function encodeText(text: string): string {
  const spaced = text.replace(/\s+/g, ' ').trim();
  // One test for the whole text instead of one per character (every label of every map).
  if (ALL_SAFE.test(spaced) && !ANY_ALWAYS_ENCODED.test(spaced)) return spaced;
  let out = '';
  for (const char of spaced) {
    out += SAFE.test(char) && !ALWAYS_ENCODE.has(char) ? char : `#${char.codePointAt(0)};`;
  }
  return out;
}

/** A quoted label of several lines; only the line breaks we add are markup. */
export function label(...lines: (string | undefined | false)[]): string {
  const kept = lines.filter((line): line is string => typeof line === 'string' && line.trim() !== '');
  return `"${kept.map(encodeText).join('<br/>')}"`;
}

/**
 * Subgraph titles drawn as SVG text are not entity-decoded by mermaid 12 (`#60;` would show as
 * `&#60;`), so there the ASCII characters that could be syntax or markup become their
 * full-width forms instead: the title reads the same and can never act as code.
 */
export function encodeTitle(text: string): string {
  const wide = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[!-/:-@[-`{-~]/g, (char) => String.fromCodePoint(char.codePointAt(0)! + 0xfee0));
  return `"${wide}"`;
}
