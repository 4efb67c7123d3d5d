import { describe, expect, it } from 'vitest';
import {
  channelName,
  hashForSlide,
  moveTo,
  readDeckMessage,
  slideAction,
  slideFromHash,
  splitAtHeadings,
} from '../../src/slides/deck.ts';

describe('slide mode', () => {
  it('splits a chapter at each h2 and keeps what comes before the first one apart', () => {
    // p, p, h2, p, table, h2, h2, p
    expect(splitAtHeadings([false, false, true, false, false, true, true, false])).toEqual({
      lead: [0, 1],
      sections: [[2, 3, 4], [5], [6, 7]],
    });
    expect(splitAtHeadings([])).toEqual({ lead: [], sections: [] });
    expect(splitAtHeadings([false])).toEqual({ lead: [0], sections: [] });
  });

  it('keeps the slide in the address as its number counted from 1', () => {
    expect(hashForSlide(0)).toBe('#1');
    expect(slideFromHash(hashForSlide(4), 7)).toBe(4);
    expect(slideFromHash('#7', 7)).toBe(6);
  });

  it('falls back to a slide that exists for a hash out of range or not a number', () => {
    expect(slideFromHash('#99', 7)).toBe(6);
    expect(slideFromHash('#0', 7)).toBe(0);
    expect(slideFromHash('', 7)).toBe(0);
    expect(slideFromHash('#key-points', 7)).toBe(0);
    expect(slideFromHash('#3<script>', 7)).toBe(0);
    expect(slideFromHash('#3', 0)).toBe(0);
  });

  it('maps left and right, Home, End, F, S and Esc, letters in either case, and nothing else', () => {
    expect(slideAction('ArrowRight')).toBe('next');
    expect(slideAction('PageDown')).toBe('next');
    expect(slideAction(' ')).toBe('next');
    expect(slideAction('ArrowLeft')).toBe('previous');
    expect(slideAction('Home')).toBe('first');
    expect(slideAction('End')).toBe('last');
    expect(slideAction('f')).toBe('fullscreen');
    expect(slideAction('F')).toBe('fullscreen');
    expect(slideAction('S')).toBe('notes');
    expect(slideAction('Escape')).toBe('leave');
    expect(slideAction('x')).toBeUndefined();
    expect(slideAction('Tab')).toBeUndefined();
    // Up and down scroll a long slide.
    expect(slideAction('ArrowDown')).toBeUndefined();
  });

  it('moves within the deck and stops at both ends', () => {
    expect(moveTo(0, 'next', 3)).toBe(1);
    expect(moveTo(2, 'next', 3)).toBe(2);
    expect(moveTo(0, 'previous', 3)).toBe(0);
    expect(moveTo(1, 'last', 3)).toBe(2);
    expect(moveTo(2, 'first', 3)).toBe(0);
    expect(moveTo(1, 'fullscreen', 3)).toBe(1);
  });

  it('accepts only well-formed messages from the other window of the deck', () => {
    expect(channelName('04-buying-roles')).toBe('kam:slides:04-buying-roles');
    expect(readDeckMessage({ type: 'go', slide: 3 })).toEqual({ type: 'go', slide: 3 });
    expect(readDeckMessage({ type: 'where' })).toEqual({ type: 'where' });
    expect(readDeckMessage({ type: 'go', slide: -1 })).toBeUndefined();
    expect(readDeckMessage({ type: 'go', slide: '2' })).toBeUndefined();
    expect(readDeckMessage({ type: 'go', slide: 1.5 })).toBeUndefined();
    expect(readDeckMessage('go')).toBeUndefined();
    expect(readDeckMessage(null)).toBeUndefined();
  });
});
