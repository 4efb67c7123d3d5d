import { describe, expect, it } from 'vitest';
import {
  accountVisibleIn,
  applyEdition,
  EDITIONS,
  editionFromEnv,
  editionWith,
  featuresOf,
  forEdition,
  withoutTrainerMaterial,
} from '../../src/model/edition.ts';
import { smallAccount } from './helpers.ts';

describe('editions', () => {
  it('defaults to the safe trainee edition', () => {
    expect(editionFromEnv(undefined)).toBe('trainee');
    expect(editionFromEnv('')).toBe('trainee');
    expect(editionFromEnv('trainer')).toBe('trainer');
  });

  it('stops on a misspelt edition rather than guessing', () => {
    expect(() => editionFromEnv('trainers')).toThrow(
      'EDITION must be one of trainee, trainer, public; found "trainers"',
    );
  });

  it('drops every trainer block, at any depth, from the trainee edition', () => {
    const account = smallAccount((data) => (data.people[1].trainer = { notes: '秘密：他其实是内线' }));
    const [trainee] = applyEdition([account], 'trainee');
    expect(JSON.stringify(trainee)).not.toContain('trainer');
    expect(JSON.stringify(trainee)).not.toContain('秘密');
    expect(account.trainer?.notes).toBeDefined(); // the source is not mutated
  });

  it('keeps trainer material in the trainer edition', () => {
    const [trainer] = applyEdition([smallAccount()], 'trainer');
    expect(trainer!.trainer?.notes).toBe('学员常把药剂科主任当成决策者。');
  });

  it('shows internal accounts only to trainers and sanitized public ones to the public', () => {
    const internal = smallAccount((data) => (data.confidentiality = 'internal'));
    const publicUnsanitized = smallAccount();
    const publicSanitized = smallAccount((data) => (data.sanitized = true));
    expect(accountVisibleIn(internal, 'trainee')).toBe(false);
    expect(accountVisibleIn(internal, 'trainer')).toBe(true);
    expect(accountVisibleIn(publicUnsanitized, 'trainee')).toBe(true);
    expect(accountVisibleIn(publicUnsanitized, 'public')).toBe(false);
    // The public edition also needs the publish gate's word (written by the sanitizer, clean scan).
    expect(accountVisibleIn(publicSanitized, 'public')).toBe(false);
    expect(accountVisibleIn(publicSanitized, 'public', new Set([publicSanitized.id]))).toBe(true);
  });

  it('gives answer keys, debrief, facilitator mode, handouts and trainer notes to the trainer edition only', () => {
    const trainerOnly = [
      'trainerMaterial',
      'trainerNotes',
      'answerKeys',
      'debrief',
      'facilitator',
      'handouts',
    ] as const;
    for (const feature of trainerOnly) {
      expect([featuresOf('trainer'), featuresOf('trainee'), featuresOf('public')].map((set) => set[feature])).toEqual([
        true,
        false,
        false,
      ]);
    }
  });

  it('names each edition its own printed workbook, and prints handouts from the trainer edition', () => {
    expect(EDITIONS.map((edition) => featuresOf(edition).bookPdf)).toEqual([
      'book.pdf',
      'book-trainer.pdf',
      'book-public.pdf',
    ]);
    expect(editionWith('handouts')).toBe('trainer');
    expect(editionWith('publishGate')).toBe('public');
  });

  it('keeps workshops out of the public edition navigation and internal cases out of both other editions', () => {
    expect(featuresOf('public')).toMatchObject({ workshopsInNavigation: false, publishGate: true });
    expect(featuresOf('trainee')).toMatchObject({ workshopsInNavigation: true, internalCases: false });
  });

  it('filters scenarios and other data the same way as accounts', () => {
    const scenario = { id: 'x', trainer: { notes: '讲师提示' }, roles: [{ trainer: { secretBrief: '秘密' } }] };
    expect(forEdition(scenario, 'trainer')).toBe(scenario);
    expect(JSON.stringify(forEdition(scenario, 'trainee'))).not.toContain('trainer');
  });

  it('removes nested trainer keys from arbitrary data', () => {
    expect(withoutTrainerMaterial({ a: [{ trainer: 1, b: 2 }], trainer: { x: 1 } })).toEqual({ a: [{ b: 2 }] });
  });

  it('copies as the former Object.entries form did, on seeded random and odd data', () => {
    /** The former form, which the loop over keys replaced. */
    const byEntries = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(byEntries);
      if (value && typeof value === 'object') {
        const copy: Record<string, unknown> = {};
        for (const [key, inner] of Object.entries(value)) if (key !== 'trainer') copy[key] = byEntries(inner);
        return copy;
      }
      return value;
    };
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const leaves = [
      0,
      '',
      false,
      null,
      undefined,
      NaN,
      'trainer',
      7,
      '</script>',
      () => 1,
      new Date(0),
      Symbol.for('s'),
    ];
    const grow = (depth: number): unknown => {
      const roll = random();
      if (depth > 4 || roll < 0.35) return leaves[Math.floor(random() * leaves.length)];
      if (roll < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => grow(depth + 1));
      const keys = ['trainer', 'a', 'b', 'people', '0', '10', '__proto__x'];
      return Object.fromEntries(keys.filter(() => random() < 0.5).map((key) => [key, grow(depth + 1)]));
    };
    for (let round = 0; round < 300; round++) {
      const data = grow(0);
      const copy = withoutTrainerMaterial(data);
      expect(copy).toStrictEqual(byEntries(data));
      if (typeof data === 'object' && data !== null) expect(copy).not.toBe(data);
    }
    const odd = Object.defineProperty({ [Symbol('hidden')]: 1, shown: 2 }, 'unlisted', { value: 3, enumerable: false });
    expect(withoutTrainerMaterial(odd)).toStrictEqual(byEntries(odd));
  });
});
