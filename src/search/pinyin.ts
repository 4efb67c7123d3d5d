/** Pinyin spellings of Chinese names, so "xinrenjinzita" and "xrjzt" find 信任金字塔. */
import { pinyin } from 'pinyin-pro';

const HAS_HAN = /\p{Script=Han}/u;

/**
 * pinyin-pro is the search index's main cost, and the same titles, units and roles recur in
 * every account (总经理, 信息中心): each text is spelt once per process.
 */
const spelt = new Map<string, { full: string; initials: string }>();
function spell(name: string): { full: string; initials: string } {
  let spelling = spelt.get(name);
  if (!spelling) {
    // One spelling per character; the initials are their first letters (what pinyin-pro's
    // `pattern: 'first'` gives for the same readings, at twice the cost).
    const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed' });
    spelling = { full: syllables.join(''), initials: syllables.map((syllable) => syllable[0]).join('') };
    spelt.set(name, spelling);
  }
  return spelling;
}

/** Full pinyin and initials of each name that has Chinese characters, without tones or spaces. */
export function pinyinOf(names: readonly string[]): { pinyin: string[]; initials: string[] } {
  const full = new Set<string>();
  const initials = new Set<string>();
  for (const name of names) {
    if (!HAS_HAN.test(name)) continue;
    const spelling = spell(name);
    full.add(spelling.full);
    initials.add(spelling.initials);
  }
  return { pinyin: [...full], initials: [...initials] };
}
