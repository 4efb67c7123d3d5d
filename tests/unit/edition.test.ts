import { describe, expect, it } from 'vitest';
import { accountVisibleIn, applyEdition, editionFromEnv, withoutTrainerMaterial } from '../../src/model/edition.ts';
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

  it('removes nested trainer keys from arbitrary data', () => {
    expect(withoutTrainerMaterial({ a: [{ trainer: 1, b: 2 }], trainer: { x: 1 } })).toEqual({ a: [{ b: 2 }] });
  });
});
