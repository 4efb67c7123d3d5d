/**
 * Slide mode, the pure part: which blocks of a chapter form which slide, which slide the address
 * names, what each key does, and the message two windows of one deck exchange. No DOM here; the
 * browser script (src/client/slides/slideDeck.ts) applies it.
 */

/**
 * Splits a chapter's top-level blocks into sections at each h2: `isHeading[i]` says whether block i
 * is an h2. Blocks before the first h2 come back as `lead` (they join the title slide).
 */
export function splitAtHeadings(isHeading: readonly boolean[]): { lead: number[]; sections: number[][] } {
  const lead: number[] = [];
  const sections: number[][] = [];
  isHeading.forEach((heading, index) => {
    if (heading) sections.push([index]);
    else if (sections.length === 0) lead.push(index);
    else sections.at(-1)!.push(index);
  });
  return { lead, sections };
}

/** The address keeps the slide as `#<number>`, counted from 1 as the counter on screen shows it. */
export const hashForSlide = (index: number) => `#${index + 1}`;

/** The 0-based slide the hash names, kept within the deck; the first slide for anything else. */
export function slideFromHash(hash: string, count: number): number {
  const match = /^#?(\d{1,4})$/.exec(hash);
  if (!match || count < 1) return 0;
  return Math.min(Math.max(Number(match[1]) - 1, 0), count - 1);
}

// Up and down arrows stay with the browser: they scroll a slide that runs longer than the screen.
export type SlideAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'leave' | 'notes';

const KEY_ACTIONS: Record<string, SlideAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  Escape: 'leave',
  s: 'notes',
};

/** What a key press does in slide mode; undefined for keys it leaves alone. Letters in either case. */
export function slideAction(key: string): SlideAction | undefined {
  return KEY_ACTIONS[key.length === 1 ? key.toLowerCase() : key];
}

/** The slide an action moves to; the same slide for actions that do not move. */
export function moveTo(current: number, action: SlideAction, count: number): number {
  const last = Math.max(count - 1, 0);
  switch (action) {
    case 'next':
      return Math.min(current + 1, last);
    case 'previous':
      return Math.max(current - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
    default:
      return current;
  }
}

/** Windows showing one chapter's deck (slides and speaker notes) talk on this channel. */
export const channelName = (chapter: string) => `kam:slides:${chapter}`;

/** `go`: a window moved to `slide`; `where`: a window that just opened asks where the deck is. */
export type DeckMessage = { type: 'go'; slide: number } | { type: 'where' };

/** Messages come from other windows: accept only the two known shapes. */
export function readDeckMessage(data: unknown): DeckMessage | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const message = data as Record<string, unknown>;
  if (message.type === 'where') return { type: 'where' };
  if (message.type === 'go' && Number.isInteger(message.slide) && (message.slide as number) >= 0) {
    return { type: 'go', slide: message.slide as number };
  }
  return undefined;
}
