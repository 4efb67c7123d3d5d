/**
 * Search: latency per query (p50 and p95 over a table of zh, en and pinyin queries) on 1k and
 * 10k records, the time to build the fuse.js index in the browser, and the index's size.
 * Records are the real chapters and glossary plus people from generated accounts.
 */
import { gzipSync } from 'node:zlib';
import { accountSchema } from '../../src/schemas/account.ts';
import { createSearch } from '../../src/search/engine.ts';
import { accountRecords, buildSearchRecords, type Links } from '../../src/search/records.ts';
import type { SearchRecord } from '../../src/search/types.ts';
import { uiDictionary } from '../../src/i18n/ui.ts';
import { readContent } from '../../src/build/contentValidation.ts';
import { createLabels } from '../../src/i18n/labels.ts';
import { syntheticAccount } from '../../src/testing/syntheticAccount.ts';
import { EXPECTED_TOP } from '../../tests/fixtures/searchQueries.ts';
import type { BenchContext, Figure, Measure } from '../types.ts';

const labels = createLabels(uiDictionary('zh-CN'));
const LINKS: Links = {
  chapter: (id, slug) => `/chapters/${id}/${slug ? `#${slug}` : ''}`,
  account: (id) => `/accounts/${id}/`,
  person: (account, person) => `/accounts/${account}/#person-${person}`,
  term: (id) => `/glossary/#term-${id}`,
};

/** Queries a reader types: the quality table plus partial words, names and a miss. */
const QUERIES = [...EXPECTED_TOP.map(([query]) => query), '决策', '王', '信息中心', 'support', 'zzqqxx'];

function records(root: string, total: number): SearchRecord[] {
  const content = readContent(root);
  const site = buildSearchRecords({
    chapters: content.chapters.map((chapter) => ({ ...chapter, headings: [] })),
    accounts: [],
    glossary: content.glossary,
    links: LINKS,
    labels,
    includeTrainerNotes: false,
  });
  const result = [...site];
  for (let seed = 1; result.length < total; seed++) {
    const account = accountSchema.parse(syntheticAccount({ id: `synthetic-${seed}`, people: 200, seed }));
    result.push(...accountRecords(account, LINKS, labels));
  }
  return result.slice(0, total);
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

export const measure: Measure = async (context: BenchContext): Promise<Figure[]> => {
  const figures: Figure[] = [];
  const sizes = context.quick ? [1_000] : [1_000, 10_000];
  for (const size of sizes) {
    const data = records(context.root, size);
    const label = `${size / 1000}k records`;
    const json = JSON.stringify(data);
    figures.push(
      { name: `search: index size, ${label}`, unit: 'bytes', samples: [Buffer.byteLength(json)] },
      { name: `search: index size gzipped, ${label}`, unit: 'bytes', samples: [gzipSync(json).length] },
    );
    const build: number[] = [];
    const p50: number[] = [];
    const p95: number[] = [];
    for (let run = 0; run < context.runs; run++) {
      let start = performance.now();
      const search = createSearch(JSON.parse(json) as SearchRecord[]);
      build.push(performance.now() - start);
      const latencies: number[] = [];
      for (const query of QUERIES) {
        // Results as you type: every prefix of the query is a search.
        for (let length = 1; length <= query.length; length++) {
          start = performance.now();
          search(query.slice(0, length));
          latencies.push(performance.now() - start);
        }
      }
      latencies.sort((a, b) => a - b);
      p50.push(percentile(latencies, 0.5));
      p95.push(percentile(latencies, 0.95));
    }
    figures.push(
      { name: `search: load index, ${label}`, unit: 'ms', samples: build },
      { name: `search: p50 per keystroke, ${label}`, unit: 'ms', samples: p50, note: 'target ≤ 50 ms' },
      { name: `search: p95 per keystroke, ${label}`, unit: 'ms', samples: p95, note: 'target ≤ 100 ms at 1k' },
    );
  }
  return figures;
};
