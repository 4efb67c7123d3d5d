/**
 * Workshops: how long validating the scenarios and agendas takes, and printing role cards to
 * PDF (the slow step of `npm run handouts`; skipped when dist-trainer/ is not built).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { findCaseFiles, validateFiles } from '../../src/model/loadAccounts.ts';
import { handoutPath } from '../../src/workshops/handouts.ts';
import { validateWorkshopContent } from '../../src/workshops/load.ts';
import { CHROMIUM_ARGS } from '../../src/build/chromium.ts';
import { serveStatic } from '../../scripts/serve.ts';
import type { Figure, Measure } from '../types.ts';

const WORKSHOP = 'key-account-one-day';

export const measure: Measure = async (context) => {
  const { known } = validateFiles(context.root, findCaseFiles(context.root));
  const validate: number[] = [];
  let files = 0;
  for (let run = 0; run < context.runs; run++) {
    const started = performance.now();
    const content = validateWorkshopContent(context.root, known);
    validate.push(performance.now() - started);
    files = content.scenarios.length + content.workshops.length;
  }
  const figures: Figure[] = [
    { name: `workshops: validate ${files} scenario and agenda files`, unit: 'ms', samples: validate },
  ];

  const dist = join(context.root, 'dist-trainer');
  if (!existsSync(join(dist, 'workshops', WORKSHOP, 'handouts'))) return figures;
  const server = await serveStatic(dist, 0);
  const browser = await chromium.launch({ executablePath: context.chromiumPath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${handoutPath(WORKSHOP, 'role-cards')}`;
    const print: number[] = [];
    for (let run = 0; run < context.runs; run++) {
      const started = performance.now();
      await page.goto(url);
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ format: 'A4', preferCSSPageSize: true });
      print.push(performance.now() - started);
    }
    figures.push({ name: `handouts: role cards of ${WORKSHOP} to PDF`, unit: 'ms', samples: print });
  } finally {
    await browser.close();
    server.close();
  }
  return figures;
};
