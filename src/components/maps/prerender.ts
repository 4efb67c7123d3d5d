/**
 * Draws mermaid maps to SVG at build time, in the same headless Chromium the tests use, so a
 * reader sees them at once and downloads no mermaid at all until they change a filter or date.
 * mermaid in the browser costs seconds on a big graph; an SVG made here costs the reader nothing.
 *
 * Falls back to drawing in the browser (returns undefined) when no Chromium is found, in
 * `astro dev`, or with MAP_PRERENDER=0. One browser serves the whole build and closes itself
 * once the build stops asking.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';
import { MERMAID_CONFIG } from '../../diagrams/mermaidConfig.ts';

const IDLE_CLOSE_MS = 1500;

let pagePromise: Promise<Page | undefined> | undefined;
let browser: Browser | undefined;
let queue: Promise<unknown> = Promise.resolve();
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

async function openPage(): Promise<Page | undefined> {
  const executablePath = findChromium();
  if (!executablePath) return undefined;
  const [{ chromium }, { CHROMIUM_ARGS }] = await Promise.all([
    import('@playwright/test'),
    import('../../../scripts/chromium.ts'),
  ]);
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const bundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ content: readFileSync(bundle, 'utf8') });
  await page.evaluate((config) => (window as any).mermaid.initialize(config), structuredClone(MERMAID_CONFIG));
  return page;
}

function closeWhenIdle() {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    const closing = browser;
    browser = undefined;
    pagePromise = undefined;
    void closing?.close();
  }, IDLE_CLOSE_MS);
}

export function prerenderEnabled(): boolean {
  return process.env.MAP_PRERENDER !== '0' && !import.meta.env?.DEV;
}

/** The SVG of `source` with element ids under `id`, or undefined to let the browser draw it. */
export function prerenderDiagram(id: string, source: string): Promise<string | undefined> {
  if (!prerenderEnabled()) return Promise.resolve(undefined);
  const job = queue.then(async () => {
    clearTimeout(idleTimer);
    try {
      pagePromise ??= openPage().catch(() => undefined);
      const page = await pagePromise;
      if (!page) return undefined;
      return await page.evaluate(
        async ([svgId, text]) => (await (window as any).mermaid.render(svgId, text)).svg as string,
        [id, source] as const,
      );
    } catch (error) {
      console.warn(`[maps] drawing ${id} at build time failed; the browser will draw it.`, error);
      return undefined;
    } finally {
      closeWhenIdle();
    }
  });
  queue = job;
  return job;
}
