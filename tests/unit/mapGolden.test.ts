/**
 * The map renderer draws exactly what it drew when these digests were taken: a change that is
 * meant only to make layout or SVG writing faster leaves them all as they are. A change of
 * drawing is then a deliberate update: draw every map before and after with
 *   npx node tests/unit/mapGolden.ts > digests.txt
 * (on both commits, and diff), look at the maps that changed, and copy their new digests here.
 * The maps below are from the test fixtures, the hostile account and generated accounts (never
 * the sample accounts, which trainers edit).
 */
import { describe, expect, it } from 'vitest';
import { Reachability, inversions, meetingPairs } from '../../src/maps/flowchart/layeredLayout.ts';
import { orderByKey, placeInOrder, sortByKeys } from '../../src/maps/flowchart/orgLayout.ts';
import { escapeXml, num, withIdPrefix } from '../../src/maps/flowchart/svg.ts';
import { charWidth, textWidth } from '../../src/maps/flowchart/textSize.ts';
import { encodeText } from '../../src/maps/mermaidText.ts';
import { accountMaps, digestMap, fixedAccounts } from './mapGolden.ts';

/** Map name (account id / map) → the first 16 hex digits of the SHA-256 of its SVG. */
const PINNED: Record<string, string> = {
  'committee-clinic/org': '9ac657b1f076280f',
  'committee-clinic/relationship-all': '2a6d5d5f414aec6c',
  'committee-clinic/decision-1': 'e7f28ca01e7e8a07',
  'small-university/relationship-all': '32f8c7ce2db8432a',
  'hostile/org': '235253b23cd26748',
  'hostile/relationship-all': '158694e7d78a3957',
  'hostile/decision-0': '832fc89a3511708f',
  'synthetic-40-2/org': '91c57dbecbfbeec2',
  'synthetic-40-2/relationship-all': '7f6a0044db5915b3',
  'synthetic-100-1/org-expanded': '8ede0614132b970d',
  'synthetic-100-3/relationship-all': '1172c01ed485f73f',
};

describe('map drawings stay byte for byte the same', () => {
  const maps = fixedAccounts()
    .filter((account) => Object.keys(PINNED).some((name) => name.startsWith(`${account.id}/`)))
    .flatMap(accountMaps)
    .filter((map) => map.name in PINNED);

  it('draws every pinned map', () => {
    expect(maps.map((map) => map.name).sort()).toEqual(Object.keys(PINNED).sort());
  });

  it.each(Object.keys(PINNED))('%s has its pinned SVG digest', async (name) => {
    const map = maps.find((candidate) => candidate.name === name)!;
    expect(await digestMap(map)).toBe(PINNED[name]);
  });
});

/** A small deterministic stream of numbers (the tests must not depend on Math.random). */
function* seeded(seed: number, count: number): Generator<number> {
  let state = seed;
  for (let at = 0; at < count; at++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    yield state / 2 ** 32;
  }
}

describe('the quicker helpers give what the plain code they replace gave', () => {
  it('writes a coordinate to a tenth exactly as String(Math.round(value * 10) / 10) did', () => {
    const plain = (value: number) => String(Math.round(value * 10) / 10);
    const values = [0, -0, 0.04, -0.04, 0.05, -0.05, -0.06, 0.95, -0.95, 12.25, -12.25, 1234.56, 1e9, -1e9, 1e21, 5e-7];
    for (let tenths = -3000; tenths <= 3000; tenths++) values.push(tenths / 10, tenths / 10 + 0.05, tenths * 0.37);
    for (const random of seeded(7, 20_000)) values.push((random - 0.5) * 10 ** (random * 12));
    for (const value of values) expect(num(value), String(value)).toBe(plain(value));
  });

  it('counts the pairs out of order as a count over every pair does, leaving the values sorted', () => {
    const stream = seeded(11, 5_000);
    for (const length of [0, 1, 2, 3, 7, 8, 33, 100]) {
      // Small values, so that many are equal: equal values are not out of order.
      const values = Array.from({ length }, () => Math.floor(stream.next().value! * 6));
      let pairs = 0;
      for (let i = 0; i < length; i++) for (let j = i + 1; j < length; j++) if (values[i]! > values[j]!) pairs++;
      const typed = new Float64Array(values);
      expect(inversions(typed)).toBe(pairs);
      expect([...typed]).toEqual([...values].sort((a, b) => a - b));
    }
  });

  it('finds the intervals that meet, ends included, in the order a loop over every pair finds them', () => {
    const stream = seeded(5, 10_000);
    for (const count of [0, 1, 2, 5, 40, 150]) {
      const starts = Array.from({ length: count }, () => Math.round(stream.next().value! * 400));
      const ends = starts.map((start) => start + Math.round(stream.next().value! * 60));
      const expected: number[] = [];
      for (let i = 0; i < count; i++)
        for (let j = i + 1; j < count; j++)
          if (starts[i]! <= ends[j]! && starts[j]! <= ends[i]!) expected.push(i * count + j);
      expect([...meetingPairs(starts, ends)]).toEqual(expected);
    }
  });

  it('knows which points reach which as the arrows are added, as a search along the arrows does', () => {
    const stream = seeded(3, 20_000);
    for (const count of [1, 2, 31, 33, 70]) {
      const reach = new Reachability(count);
      const arrows = Array.from({ length: count }, () => [] as number[]);
      const searched = (from: number, to: number) => {
        const seen = new Set([from]);
        const queue = [from];
        while (queue.length > 0)
          for (const next of arrows[queue.shift()!]!)
            if (!seen.has(next)) {
              seen.add(next);
              queue.push(next);
            }
        return seen.has(to);
      };
      for (let tries = 0; tries < 3 * count; tries++) {
        const from = Math.floor(stream.next().value! * count);
        const to = Math.floor(stream.next().value! * count);
        // As the tracks add them: never an arrow that would close a cycle.
        if (reach.reaches(to, from)) continue;
        arrows[from]!.push(to);
        reach.add(from, to);
      }
      for (let from = 0; from < count; from++)
        for (let to = 0; to < count; to++) expect(reach.reaches(from, to), `${from} → ${to}`).toBe(searched(from, to));
    }
  });

  it('sorts indices by their keys as Array.prototype.sort does, ties in order, short lists and long', () => {
    const stream = seeded(13, 50_000);
    for (const length of [0, 1, 2, 5, 31, 32, 33, 120]) {
      for (let round = 0; round < 20; round++) {
        // Few distinct keys, so that many tie; now and then one that is not a number.
        const keys = Array.from({ length }, () => {
          const value = stream.next().value!;
          return value < 0.03 ? NaN : Math.floor(value * 7) - 3;
        });
        const compare = (a: number, b: number) => keys[a]! - keys[b]! || a - b;
        const indices = keys.map((_, at) => at);
        sortByKeys(indices, keys, compare);
        expect(indices).toEqual(keys.map((_, at) => at).sort(compare));
        const plain = keys.map((_, at) => at);
        sortByKeys(plain, keys);
        expect(plain).toEqual(keys.map((_, at) => at).sort((a, b) => keys[a]! - keys[b]!));
      }
    }
  });

  it('orders by key with the written order breaking ties, a thing without a key after the one before it', () => {
    const things = ['a', 'b', 'c', 'd', 'e', 'f'];
    const keys: Record<string, number | undefined> = { a: 3, b: undefined, c: 1, d: 3, e: 1, f: undefined };
    expect(orderByKey(things, (thing) => keys[thing])).toEqual(['c', 'e', 'f', 'a', 'b', 'd']);
  });

  it('places boxes the same into a reused longer array as into a fresh one', () => {
    const stream = seeded(17, 10_000);
    const reused: number[] = new Array<number>(50).fill(-1);
    const desiredScratch = new Float64Array(50);
    for (const length of [1, 2, 7, 30]) {
      const widths = Array.from({ length }, () => Math.round(stream.next().value! * 80) + 10);
      const desired = Array.from({ length }, () => Math.round(stream.next().value! * 600));
      desiredScratch.set(desired);
      placeInOrder(widths, desiredScratch, 12, reused);
      expect(reused.slice(0, length)).toEqual(placeInOrder(widths, desired, 12));
    }
  });

  it('measures text by code point as adding up the widths of its characters did, surrogate pairs as one', () => {
    const pieces = [...'iW.A药·▲ 0x', '😀', '\ud800', '\udc00', '\u0301'];
    const stream = seeded(23, 100_000);
    for (let round = 0; round < 5_000; round++) {
      let text = `${round}`;
      for (let length = Math.floor(stream.next().value! * 12); length > 0; length--)
        text += pieces[Math.floor(stream.next().value! * pieces.length)];
      let ems = 0;
      for (const char of text) ems += charWidth(char);
      expect(textWidth(text), JSON.stringify(text)).toBe(Math.ceil(ems * 14));
    }
  });

  it('moves ids under a new prefix exactly as the regular expression over the whole SVG did', () => {
    const plain = (svg: string, to: string, from: string) => {
      const at = new RegExp(`( id="|="url\\(#)${from.replace(/[^\w-]/g, '\\$&')}(?=[-")])`, 'g');
      return svg.replace(at, (_, lead: string) => `${lead}${escapeXml(to)}`);
    };
    // The leads and ends in pieces, so that they meet, overlap and stop short; `aa` repeats itself.
    const pieces = [' id="', '="url(#', ' ', 'id=', '"', '=', '(#', 'url', '-', ')', 'x', '<g>', 'a'];
    // An id that ends as a lead begins runs into the next lead, which the match before has taken.
    for (const [svg, from] of [
      [' id="q id="q id=-', 'q id='],
      [' id="z="url(#z=")', 'z='],
    ] as const)
      expect(withIdPrefix(svg, 'm', from)).toBe(plain(svg, 'm', from));
    const froms = ['kam-map-ids', 'one', 'aa', 'a"b', 'a-', 'q id=', 'z='];
    const stream = seeded(29, 400_000);
    for (let round = 0; round < 10_000; round++) {
      const from = froms[round % froms.length]!;
      let svg = '';
      for (let length = Math.floor(stream.next().value! * 14); length > 0; length--) {
        const pick = Math.floor(stream.next().value! * (pieces.length + 2));
        svg += pick < pieces.length ? pieces[pick] : from;
      }
      expect(withIdPrefix(svg, 'm&"1', from), JSON.stringify([svg, from])).toBe(plain(svg, 'm&"1', from));
    }
  });

  it('encodes label text exactly as encoding it character by character did', () => {
    const safe =
      /[\p{L}\p{N} +.,/?!'=@_\-\u3000-\u303f\uff01-\uff5e\u00b7\u2014\u2013\u2026\u201c\u201d\u2018\u2019\u2190-\u21ff\u25a0-\u27bf]/u;
    const always = new Set(['＃', '；', '＜', '＞', '＆', '＂', '｀', '％']);
    const plain = (text: string) => {
      let out = '';
      for (const char of text.replace(/\s+/g, ' ').trim())
        out += safe.test(char) && !always.has(char) ? char : `#${char.codePointAt(0)};`;
      return out;
    };
    const pieces = [
      ...'aZ0 \n\t"<>&#;%`()[]{}|:药剂＃；＜＞＆＂｀％（）·—…“”→▲★●é－ｘ',
      '😀',
      '\u0301',
      '\u00a0',
      '\u3000',
      '\ud800',
      '-->',
      '%%',
    ];
    const stream = seeded(19, 200_000);
    for (let round = 0; round < 10_000; round++) {
      let text = '';
      for (let length = Math.floor(stream.next().value! * 10); length > 0; length--)
        text += pieces[Math.floor(stream.next().value! * pieces.length)];
      expect(encodeText(text), JSON.stringify(text)).toBe(plain(text));
    }
  });
});
