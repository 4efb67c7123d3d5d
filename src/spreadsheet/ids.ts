/**
 * Ids for what a spreadsheet names only by its Chinese name: 高长林 → gao-changlin, 欧阳明 →
 * ouyang-ming, 药剂科 → yaojike. The same name always gives the same id, so a re-import finds
 * the same people; a second holder of an id gets -2, -3….
 */
import { pinyin } from 'pinyin-pro';
import { COMPOUND_SURNAMES } from '../sanitize/names.ts';

const HAN = /\p{Script=Han}/u;
const PERSON_NAME = /^\p{Script=Han}{2,4}$/u;

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const syllables = (text: string): string[] =>
  pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).map((part) => slug(part));

/** A person's id: surname, a dash, the given name (gao-changlin); other names in plain pinyin. */
export function personIdOf(name: string): string {
  const trimmed = name.trim();
  if (PERSON_NAME.test(trimmed)) {
    const surnameLength = COMPOUND_SURNAMES.some((surname) => trimmed.startsWith(surname)) ? 2 : 1;
    const parts = syllables(trimmed);
    const surname = parts.slice(0, surnameLength).join('');
    const given = parts.slice(surnameLength).join('');
    if (surname && given) return `${surname}-${given}`;
  }
  return plainIdOf(trimmed);
}

/** A unit's (or any other name's) id: its pinyin run together per word (药剂科 → yaojike). */
export function plainIdOf(name: string): string {
  const id = HAN.test(name) ? slug(syllables(name).join('')) : slug(name);
  return id === '' ? 'x' : id;
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet; marks the one returned as taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
