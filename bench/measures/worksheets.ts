/**
 * Worksheets: how long the browser-side checks take on the largest allowed worksheet (import
 * validation runs on every imported file), how long a debrief of a full workshop takes, and how
 * many bytes of script a worksheet page ships.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { accountSchema } from '../../src/schemas/account.ts';
import { MAX_ROWS, type ManWorksheet } from '../../src/schemas/worksheet.ts';
import { TRI_STATE } from '../../src/schemas/vocabulary.ts';
import { seededRandom, syntheticAccount } from '../../src/testing/syntheticAccount.ts';
import { debrief } from '../../src/worksheets/debrief.ts';
import { readWorksheetFile } from '../../src/worksheets/importFile.ts';
import { emptyWorksheet, seedPeople } from '../../src/worksheets/worksheet.ts';
import type { Figure, Measure } from '../types.ts';

function filledSheets(people: number, groups: number): ManWorksheet[] {
  const account = accountSchema.parse(syntheticAccount({ id: 'bench', people }));
  const random = seededRandom(7);
  return Array.from({ length: groups }, (_, index) => {
    const sheet = emptyWorksheet(
      'man',
      account.id,
      seedPeople(account, (person) => person.name),
    ) as ManWorksheet;
    sheet.group = `第${index + 1}组`;
    for (const row of sheet.rows) {
      row.money = TRI_STATE[Math.floor(random() * 3)]!;
      row.authority = TRI_STATE[Math.floor(random() * 3)]!;
      row.need = TRI_STATE[Math.floor(random() * 3)]!;
      row.reason = '理由'.repeat(40);
    }
    return sheet;
  });
}

function time(runs: number, action: () => void): number[] {
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    action();
    return performance.now() - start;
  });
}

export const measure: Measure = async ({ root, runs, quick }) => {
  const [largest] = filledSheets(MAX_ROWS, 1);
  const text = JSON.stringify(largest);
  const groups = quick ? 10 : 40;
  const workshop = filledSheets(25, groups);
  const figures: Figure[] = [
    {
      name: `worksheets: import check of a ${MAX_ROWS}-person MAN file (${text.length} chars)`,
      unit: 'ms',
      samples: time(runs, () => {
        const result = readWorksheetFile(text, { kind: 'man', account: 'bench' });
        if (!result.ok) throw new Error(result.refusal);
      }),
      note: 'target ≤ 50 on a laptop',
    },
    {
      name: `worksheets: debrief of ${groups} groups × 25 people`,
      unit: 'ms',
      samples: time(runs, () => void debrief(workshop)),
      note: 'target ≤ 100',
    },
  ];
  // Script a worksheet page loads up front (static imports; the map renderer comes later, on first map).
  const dist = join(root, 'dist');
  for (const page of ['man', 'relationship-map']) {
    const html = join(dist, 'worksheets', page, 'blank', 'index.html');
    if (!existsSync(html)) continue;
    figures.push({
      name: `worksheets: ${page} page script loaded up front, gzipped`,
      unit: 'bytes',
      samples: [eagerScriptBytes(dist, readFileSync(html, 'utf8'))],
    });
  }
  return figures;
};

/** Gzipped bytes of the page's module scripts and everything they import statically. */
function eagerScriptBytes(dist: string, html: string): number {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script type="module" src="\/([^"]+)"/g)].map((match) => match[1]!);
  let bytes = 0;
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file));
    bytes += gzipSync(code).length;
    const folder = file.slice(0, file.lastIndexOf('/') + 1);
    for (const match of code.toString('utf8').matchAll(/(?:from|import)\s*["']\.\/([^"']+)["']/g)) {
      queue.push(folder + match[1]!);
    }
  }
  return bytes;
}
