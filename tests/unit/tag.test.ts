import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/html/escapeHtml.ts';
import { tag } from '../../src/html/tag.ts';
import { HOSTILE_TEXTS } from './diagramFixtures.ts';

/** The element as tag wrote it before its single loop: entries, filter, map and join. */
function tagAsBefore(name: string, attributes: Record<string, string | number | undefined>, content = ''): string {
  const written = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeHtml(String(value))}"`)
    .join('');
  return `<${name}${written}>${content}</${name}>`;
}

/** A small deterministic stream of numbers in [0, 1) (the tests must not depend on Math.random). */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('tag', () => {
  it('writes every element as before, whatever the attributes hold', () => {
    const random = seededRandom(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const values: (string | number | undefined)[] = [
      ...HOSTILE_TEXTS,
      undefined,
      '',
      0,
      -2.5,
      '"quoted" & <b>',
      "it's",
      '权力—兴趣',
    ];
    // Integer-like keys come first in both, as JavaScript orders an object's keys.
    const keys = ['class', 'data-person', 'style', 'aria-label', '2', '10', 'type', 'role'];
    for (let round = 0; round < 500; round++) {
      const attributes: Record<string, string | number | undefined> = {};
      for (let index = Math.floor(random() * 6); index > 0; index--) attributes[pick(keys)] = pick(values);
      const content = random() < 0.5 ? '' : escapeHtml(String(pick(values)));
      expect(tag('li', attributes, content)).toBe(tagAsBefore('li', attributes, content));
    }
    expect(tag('span', {})).toBe('<span></span>');
    expect(tag('p', { title: '<script>"x"</script>' }, 'a')).toBe(
      '<p title="&lt;script&gt;&quot;x&quot;&lt;/script&gt;">a</p>',
    );
  });
});
