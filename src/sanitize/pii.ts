/**
 * Detectors for personal data in free text: the patterns a published case must never contain.
 * Pure functions over strings; `scan.ts` applies them to files. Every detector prefers a miss
 * of something odd over a flood of false alarms on ordinary case text (numbers of beds, budgets,
 * years), so the ones that look like plain numbers also check a checksum (身份证, bank cards).
 */

export const PII_KINDS = [
  'mobile',
  'landline',
  'email',
  'id-card',
  'bank-card',
  'url',
  'wechat',
  'plate',
  'denylist',
] as const;
export type PiiKind = (typeof PII_KINDS)[number];

export interface PiiMatch {
  kind: PiiKind;
  /** Offset in the text (UTF-16 code units) and the matched text. */
  index: number;
  text: string;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** An 18-digit 身份证 number: region, a real birth date and the ISO 7064 check character. */
export function isIdCardNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(value)) return false;
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === value[17]!.toUpperCase();
}

/** The Luhn check every bank card number passes. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

interface Detector {
  kind: Exclude<PiiKind, 'denylist'>;
  pattern: RegExp;
  /** Which capture group is the sensitive part (0: the whole match). */
  group?: number;
  accept?: (text: string) => boolean;
}

const PROVINCE_ABBREVIATIONS = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

const DETECTORS: Detector[] = [
  { kind: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  {
    kind: 'url',
    // A bare domain counts when its ending is one people write (.com, .cn and .xx.cn) or a path
    // follows: dotted keys in built pages ("maps.org", "nav.info") are no addresses. A match stops
    // at "%", so a percent-encoded data URI names its host alone.
    pattern:
      /(?:https?:\/\/|www\.)[^\s%\u3000-\u303f\uff00-\uffef\u4e00-\u9fff"'<>&]+|(?<![@\w.-])(?:[A-Za-z0-9-]+\.)+(?:(?:com|cn|(?:com|gov|edu|org|net|ac)\.cn)(?![\w.-])|(?:net|org|gov|edu|info|io)\/)(?:[^\s%\u3000-\u303f\uff00-\uffef\u4e00-\u9fff"'<>&]*)?/g,
  },
  {
    kind: 'wechat',
    pattern:
      /(?:微信号?|微信[ \t]*ID|WeChat(?:[ \t]*ID)?|wechat|VX|vx|wx|WX|V信)[ \t]*(?:号)?[ \t]*[:：]?[ \t]*([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])/g,
    group: 1,
  },
  {
    kind: 'id-card',
    pattern: /(?<![\dA-Za-z.])\d{17}[\dXx](?![\dA-Za-z]|\.\d)/g,
    accept: isIdCardNumber,
  },
  {
    kind: 'bank-card',
    pattern: /(?<![\d.-])[3-6]\d{3}(?:[ -]?\d{4}){2}[ -]?\d{4,7}(?![\d-]|\.\d)/g,
    accept: (text) => {
      const digits = text.replace(/[ -]/g, '');
      return digits.length >= 16 && digits.length <= 19 && passesLuhn(digits) && !isIdCardNumber(digits);
    },
  },
  {
    kind: 'mobile',
    pattern: /(?<![\d.-])(?:(?:\+|00)?86[- \t]?)?1[3-9]\d[- \t]?\d{4}[- \t]?\d{4}(?![\d-]|\.\d)/g,
  },
  {
    kind: 'landline',
    pattern: /(?<![\d.-])(?:[(（]0\d{2,3}[)）][ \t]?|0\d{2,3}[-－ \t])\d{7,8}(?:[-－转]\d{1,5})?(?![\d-]|\.\d)/g,
  },
  {
    kind: 'plate',
    pattern: new RegExp(
      `[${PROVINCE_ABBREVIATIONS}][A-HJ-NP-Z][·• ]?(?=[A-HJ-NP-Z0-9]{0,5}\\d)[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])`,
      'g',
    ),
  },
];

export interface DetectOptions {
  /** Real names and organisations to find anywhere (the local denylist). */
  denylist?: readonly string[];
}

/** Every piece of personal data in the text, in order, overlapping matches resolved to the first. */
export function detectPii(text: string, options: DetectOptions = {}): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const detector of DETECTORS) {
    for (const match of text.matchAll(detector.pattern)) {
      const part = match[detector.group ?? 0];
      if (!part) continue;
      if (detector.accept && !detector.accept(part)) continue;
      const index = match.index + match[0].lastIndexOf(part);
      found.push({ kind: detector.kind, index, text: part });
    }
  }
  if (options.denylist?.length) found.push(...findDenied(text, options.denylist));
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: PiiMatch[] = [];
  let end = -1;
  for (const match of found) {
    if (match.index < end) continue; // inside an earlier match (an e-mail's domain is no URL)
    kept.push(match);
    end = match.index + match.text.length;
  }
  return kept;
}

/**
 * The denylist indexed by first character (lower case), longest entry first: one pass over the
 * text whatever the length of the list (a thousand-person case adds thousands of names).
 */
const denylistIndexes = new WeakMap<readonly string[], Map<string, string[]>>();

function denylistIndex(denylist: readonly string[]): Map<string, string[]> {
  let index = denylistIndexes.get(denylist);
  if (!index) {
    index = new Map();
    for (const entry of denylist) {
      const needle = entry.trim().toLowerCase();
      if ([...needle].length < 2) continue; // one character is no name, and would match everywhere
      const list = index.get(needle[0]!) ?? [];
      if (!list.includes(needle)) list.push(needle);
      index.set(needle[0]!, list);
    }
    for (const list of index.values()) list.sort((a, b) => b.length - a.length);
    denylistIndexes.set(denylist, index);
  }
  return index;
}

const LATIN_WORD = /\w/;

function findDenied(text: string, denylist: readonly string[]): PiiMatch[] {
  const index = denylistIndex(denylist);
  const found: PiiMatch[] = [];
  const lower = text.toLowerCase();
  for (let at = 0; at < lower.length; at++) {
    const candidates = index.get(lower[at]!);
    if (!candidates) continue;
    for (const needle of candidates) {
      if (!lower.startsWith(needle, at)) continue;
      // A Latin-script entry must stand as a word: "Gao" is not found inside "Gaoxin".
      const ascii = /^[\x20-\x7e]+$/.test(needle);
      if (ascii && (LATIN_WORD.test(lower[at - 1] ?? '') || LATIN_WORD.test(lower[at + needle.length] ?? ''))) continue;
      found.push({ kind: 'denylist', index: at, text: text.slice(at, at + needle.length) });
      at += needle.length - 1;
      break;
    }
  }
  return found;
}

/** Hides the sensitive part, keeping enough to find it again: 138****5678, 高*岳. */
export function mask(value: string): string {
  const chars = [...value];
  const n = chars.length;
  if (n <= 1) return '*';
  const keep = Math.floor(n / 4);
  const head = Math.max(1, keep);
  const tail = n <= 2 ? 0 : Math.max(n <= 4 ? 1 : keep, 1);
  return chars.slice(0, head).join('') + '*'.repeat(n - head - tail) + chars.slice(n - tail).join('');
}
