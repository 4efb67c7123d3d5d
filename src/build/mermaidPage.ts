/**
 * A Chromium page with mermaid's browser bundle loaded and initialised with the production
 * MERMAID_CONFIG: what the build-time map renderer draws in, and what the unit tests parse
 * generated diagrams with, so both see exactly the mermaid the readers' browsers run.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from '@playwright/test';
import { MERMAID_CONFIG } from '../maps/mermaidConfig.ts';

export async function openMermaidPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  const bundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ content: readFileSync(bundle, 'utf8') });
  await page.evaluate((config) => (window as any).mermaid.initialize(config), structuredClone(MERMAID_CONFIG));
  return page;
}
