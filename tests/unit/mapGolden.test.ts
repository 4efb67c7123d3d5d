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
