/**
 * Hints for values a trainer writes the way they would say them: a Chinese word where a code is
 * expected, a number in quotes, a list with a full-width comma, a date with slashes, an id in
 * Chinese. Each hint points at the value meant, never at a nearest-looking string that could
 * mean the opposite (支持 is 1, not "-2"); when no hint is sure, none is given. The Chinese words
 * and their codes are src/i18n/vocabularyWords.ts.
 */
import { codeForWord, vocabularyOf } from '../i18n/vocabularyWords.ts';
import { say } from './messages.ts';
import { didYouMean } from './problem.ts';

const HAN = /\p{Script=Han}/u;
/** The code a Chinese word stands for among `allowed`, when that vocabulary knows the word. */
function codeAmong(word: string, allowed: readonly unknown[]): string | number | undefined {
  const vocabulary = vocabularyOf(allowed);
  return vocabulary && codeForWord(vocabulary, word);
}

/** The hint after "expected one of …; found …", or '' when no hint is sure. */
export function allowedValueHint(found: unknown, allowed: readonly unknown[]): string {
  if (typeof found !== 'string') return '';
  const code = codeAmong(found, allowed);
  if (code !== undefined) return say().useCode({ word: found.trim(), code: String(code) });
  if (/[，、]/.test(found)) return say().fullWidthComma({ list: listOf(found, allowed) });
  const number = Number(found.trim());
  if (found.trim() !== '' && allowed.some((value) => typeof value === 'number' && value === number)) {
    return say().withoutQuotes({ value: String(number) });
  }
  return didYouMean(
    found,
    allowed.filter((value): value is string => typeof value === 'string'),
  );
}

/** A number written in quotes (`'3'`) where a number is expected. */
export function numberHint(found: unknown): string {
  if (typeof found !== 'string' || found.trim() === '' || !Number.isFinite(Number(found))) return '';
  return say().withoutQuotes({ value: String(Number(found)) });
}

/** `2026/9/1`, `2026.9.1`, `2026年9月1日`, `2026-9-1` → `2026-09-01` (undefined for anything else). */
export function isoDateOf(found: string): string | undefined {
  const match = /^\s*(\d{4})\s*[/.年-]\s*(\d{1,2})\s*[/.月-]\s*(\d{1,2})\s*日?\s*$/.exec(found);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

export function dateHint(found: unknown): string {
  const date = typeof found === 'string' ? isoDateOf(found) : undefined;
  return date ? say().dateFix({ date }) : '';
}

export function idHint(found: unknown): string {
  return typeof found === 'string' && HAN.test(found) ? say().idHasHan() : '';
}

/**
 * A list of codes written as plain text (`roles: 决策者`, `roles: TB，UB`): the list to write,
 * each item as its code where the word is known, others as they are.
 */
export function listHint(found: unknown, elementValues: readonly unknown[] | undefined): string {
  // Only lists of codes: free text split at its commas would be a guess.
  if (typeof found !== 'string' || found.trim() === '' || !elementValues) return '';
  return say().writeAsList({ list: listOf(found, elementValues) });
}

/** `TB，内线` → `[TB, Coach]`: items split at any comma or space, each as its code where known. */
function listOf(text: string, allowed: readonly unknown[] | undefined): string {
  const items = text
    .split(/[，、,\s]+/)
    .filter(Boolean)
    .map((item) => String((allowed && codeAmong(item, allowed)) ?? item));
  return `[${items.join(', ')}]`;
}
