/**
 * Text width without a browser: the layout needs each label's size before any font is loaded,
 * and must get the same answer on every machine. Widths are in ems of the map font, by kind of
 * character (CJK and full-width characters take one em), measured from system-ui / Noto Sans CJK
 * and rounded up, so labels sometimes get a little room to spare and are never cut.
 */

export const FONT_SIZE = 14;
export const LINE_HEIGHT = 1.4 * FONT_SIZE;
export const FONT_FAMILY = "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

const codes = (chars: string) => new Set([...chars].map((char) => char.codePointAt(0)!));
const NARROW = codes(`il.,:;'!|[]()/\\ `);
const WIDE_LATIN = codes('mwMW@%');

/** The width of one character, in ems. */
export function charWidth(char: string): number {
  return codeWidth(char.codePointAt(0)!);
}

/** The width of the character with this code point, in ems. */
function codeWidth(code: number): number {
  // CJK, kana, hangul, full-width forms, CJK punctuation and the map icons (▲ ★ ●).
  if (code >= 0x2e80 || (code >= 0x2190 && code <= 0x27bf)) return 1;
  if (NARROW.has(code)) return 0.32;
  if (WIDE_LATIN.has(code)) return 0.9;
  if (code >= 0x41 && code <= 0x5a) return 0.68; // A–Z
  if (code === 0xb7) return 0.4; // middle dot between roles
  return 0.58;
}

/** Widths in ems by text: the same names, roles and labels are measured again in every map. */
const emsOf = new Map<string, number>();
/** Past this many texts the cache starts afresh, so a long-open page never holds more. */
const MOST_CACHED = 20_000;

/** Width of one line of text at `size` pixels. */
export function textWidth(text: string, size = FONT_SIZE): number {
  let ems = emsOf.get(text);
  if (ems === undefined) {
    ems = 0;
    // By code point, as iterating the string would give them (a pair of surrogates is one).
    for (let at = 0; at < text.length; at++) {
      const code = text.codePointAt(at)!;
      if (code > 0xffff) at++;
      ems += codeWidth(code);
    }
    if (emsOf.size >= MOST_CACHED) emsOf.clear();
    emsOf.set(text, ems);
  }
  return Math.ceil(ems * size);
}

/** Width and height of several lines. */
export function blockSize(lines: readonly string[], size = FONT_SIZE): { width: number; height: number } {
  let width = 0;
  for (let at = 0; at < lines.length; at++) width = Math.max(width, textWidth(lines[at]!, size));
  return { width, height: lines.length * 1.4 * size };
}
