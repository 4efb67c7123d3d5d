/**
 * Replaces many strings at once in one left-to-right pass, longest match first, so a
 * replacement is never itself replaced again (王主任 → 赵主任 never becomes 赵主任 → 钱主任).
 * Candidates are indexed by their first character: a thousand people and their name forms cost
 * a few lookups per character of text.
 */
export interface Replacement {
  from: string;
  to: string;
  /** Latin text: matched in any case, only as a whole word. */
  latin?: boolean;
  /** Skip when the next character is one of these. */
  notBefore?: string;
}

const WORD = /[A-Za-z0-9]/;

export class Replacer {
  private readonly byFirst = new Map<string, Replacement[]>();

  constructor(replacements: Iterable<Replacement>) {
    const seen = new Set<string>();
    for (const replacement of replacements) {
      if (!replacement.from || replacement.from === replacement.to) continue;
      const key = replacement.latin ? replacement.from.toLowerCase() : replacement.from;
      if (seen.has(key)) continue; // the first mapping of a form wins, so output is stable
      seen.add(key);
      const entry = replacement.latin ? { ...replacement, from: key } : replacement;
      const first = key[0]!;
      const list = this.byFirst.get(first) ?? [];
      list.push(entry);
      this.byFirst.set(first, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.from.length - a.from.length);
  }

  get size(): number {
    let count = 0;
    for (const list of this.byFirst.values()) count += list.length;
    return count;
  }

  replace(text: string): string {
    let out = '';
    let lower: string | undefined;
    let i = 0;
    while (i < text.length) {
      const char = text[i]!;
      const candidates = this.byFirst.get(char) ?? this.byFirst.get(char.toLowerCase());
      const match = candidates?.find((candidate) => {
        if (candidate.latin) {
          lower ??= text.toLowerCase();
          if (!lower.startsWith(candidate.from, i)) return false;
          return !WORD.test(text[i - 1] ?? '') && !WORD.test(text[i + candidate.from.length] ?? '');
        }
        if (!text.startsWith(candidate.from, i)) return false;
        const next = text[i + candidate.from.length];
        return !(candidate.notBefore && next && candidate.notBefore.includes(next));
      });
      if (match) {
        out += match.to;
        i += match.from.length;
      } else {
        out += char;
        i += 1;
      }
    }
    return out;
  }
}
