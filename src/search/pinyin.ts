/** Pinyin spellings of Chinese names, so "xinrenjinzita" and "xrjzt" find 信任金字塔. */
import { pinyin } from 'pinyin-pro';

const HAS_HAN = /\p{Script=Han}/u;

/** Full pinyin and initials of each name that has Chinese characters, without tones or spaces. */
export function pinyinOf(names: readonly string[]): { pinyin: string[]; initials: string[] } {
  const full = new Set<string>();
  const initials = new Set<string>();
  for (const name of names) {
    if (!HAS_HAN.test(name)) continue;
    full.add(pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed' }).join(''));
    initials.add(pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' }).join(''));
  }
  return { pinyin: [...full], initials: [...initials] };
}
