/**
 * Replaces many strings at once in one left-to-right pass, longest match first, so a
 * replacement is never itself replaced again (王主任 → 赵主任 never becomes 赵主任 → 钱主任).
 * Candidates are indexed by their first two characters (one character alone is never replaced:
 * it is too often part of an ordinary word), so a thousand people and all their name forms cost
 * one map lookup per character of text; Latin forms are only tried where a word starts.
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
  private readonly byPrefix = new Map<string, Replacement[]>();

  constructor(replacements: Iterable<Replacement>) {
    const seen = new Set<string>();
    for (const replacement of replacements) {
      if (replacement.from.length < 2 || replacement.from === replacement.to) continue;
      const key = replacement.latin ? replacement.from.toLowerCase() : replacement.from;
      if (seen.has(key)) continue; // the first mapping of a form wins, so output is stable
      seen.add(key);
      const entry = replacement.latin ? { ...replacement, from: key } : replacement;
      const prefix = key.slice(0, 2);
      const list = this.byPrefix.get(prefix) ?? [];
      list.push(entry);
      this.byPrefix.set(prefix, list);
    }
    for (const list of this.byPrefix.values()) list.sort((a, b) => b.from.length - a.from.length);
  }

  get size(): number {
    let count = 0;
    for (const list of this.byPrefix.values()) count += list.length;
    return count;
  }

  replace(text: string): string {
    let out = '';
    let lower: string | undefined;
    let i = 0;
    while (i < text.length) {
      const pair = text.slice(i, i + 2);
      let candidates = this.byPrefix.get(pair);
      const wordStart = !WORD.test(text[i - 1] ?? '');
      if (wordStart && WORD.test(pair[0] ?? '')) {
        const latin = this.byPrefix.get(pair.toLowerCase());
        if (latin && latin !== candidates) candidates = [...(candidates ?? []), ...latin];
      }
      const match = candidates?.find((candidate) => {
        if (candidate.latin) {
          if (!wordStart) return false;
          lower ??= text.toLowerCase();
          return lower.startsWith(candidate.from, i) && !WORD.test(text[i + candidate.from.length] ?? '');
        }
        if (!text.startsWith(candidate.from, i)) return false;
        const next = text[i + candidate.from.length];
        return !(candidate.notBefore && next && candidate.notBefore.includes(next));
      });
      if (match) {
        out += match.to;
        i += match.from.length;
      } else {
        out += text[i];
        i += 1;
      }
    }
    return out;
  }
}
