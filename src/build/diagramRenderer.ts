/**
 * The build-time map renderer: draws mermaid source to SVG in headless Chromium (the one the
 * tests use, found by ./chromium.ts), so a reader sees the maps at once and downloads no
 * mermaid until they change a filter or date. mermaid in the browser costs seconds on a big
 * graph; an SVG made here costs the reader nothing.
 *
 * The whole contract is `renderDiagramAtBuild(id, source)`: a renderer without a browser can
 * replace this module alone. It returns undefined (the browser then draws the map) when no
 * Chromium is found, in `astro dev`, or with MAP_PRERENDER=0. One browser serves the whole
 * build and closes itself once the build stops asking.
 */
import type { Browser, Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { openMermaidPage } from './mermaidPage.ts';

const IDLE_CLOSE_MS = 1500;

let pagePromise: Promise<Page | undefined> | undefined;
let browser: Browser | undefined;
let queue: Promise<unknown> = Promise.resolve();
let idleTimer: ReturnType<typeof setTimeout> | undefined;

async function openPage(): Promise<Page | undefined> {
  const executablePath = findChromium();
  if (!executablePath) return undefined;
  const { chromium } = await import('@playwright/test');
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return openMermaidPage(browser);
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

function renderingEnabled(): boolean {
  return process.env.MAP_PRERENDER !== '0' && !import.meta.env?.DEV;
}

/** The SVG of `source` with element ids under `id`, or undefined to let the browser draw it. */
export function renderDiagramAtBuild(id: string, source: string): Promise<string | undefined> {
  if (!renderingEnabled()) return Promise.resolve(undefined);
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
