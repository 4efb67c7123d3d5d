/**
 * Every generated diagram must parse with the real mermaid parser. mermaid's parse needs a DOM
 * (it wires DOMPurify on load), and the project has no DOM emulation; the real Chromium the
 * browser tests use gives the real browser bundle in a real DOM, initialised with the production
 * MERMAID_CONFIG by the same page setup as the build-time renderer.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionProcess } from '../../src/maps/decisionProcess.ts';
import { encodeTitle } from '../../src/maps/mermaidText.ts';
import { buildOrgChart } from '../../src/maps/orgChart.ts';
import { accountMapData } from '../../src/maps/mapPayload.ts';
import { accountOpportunities } from '../../src/model/opportunities.ts';
import { buildRelationshipMap } from '../../src/maps/relationshipMap.ts';
import type { Account } from '../../src/schemas/account.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/build/chromium.ts';
import { openMermaidPage } from '../../src/build/mermaidPage.ts';
import { HOSTILE_TEXTS, hostileAccount, sampleAccounts, syntheticOf } from './diagramFixtures.ts';
import { zhLabels } from './helpers.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  page = await openMermaidPage(browser);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Parses in the page; resolves to the parser's error message, or '' when it parsed. */
const parse = (source: string) =>
  page.evaluate(async (text) => {
    try {
      await (window as any).mermaid.parse(text);
      return '';
    } catch (error) {
      return String((error as Error).message ?? error);
    }
  }, source);

/** Renders in the page and returns the SVG's visible text and whether any script-like markup survived. */
const render = (source: string) =>
  page.evaluate(async (text) => {
    const { svg } = await (window as any).mermaid.render(`t${Math.random().toString(36).slice(2)}`, text);
    const host = document.createElement('div');
    host.innerHTML = svg;
    return {
      text: host.textContent ?? '',
      injected: host.querySelectorAll('script, img, iframe, foreignObject, [onerror], [onclick]').length,
    };
  }, source);

function allDiagrams(account: Account) {
  const data = accountMapData(account);
  return [
    ['org chart', buildOrgChart(data, { labels: zhLabels }).source],
    [
      'relationship map',
      buildRelationshipMap(data, { labels: zhLabels, layers: ['influence', 'reporting', 'coverage'] }).source,
    ],
    ...accountOpportunities(account).map(
      (opportunity) =>
        [
          `decision process ${opportunity.id}`,
          buildDecisionProcess(opportunity.decisionProcess, data, zhLabels).source,
        ] as const,
    ),
  ] as const;
}

describe('mermaid parses every generated diagram', () => {
  for (const account of sampleAccounts()) {
    it(`parses every map of the sample account ${account.id}`, async () => {
      for (const [name, source] of allDiagrams(account)) expect(await parse(source), `${name}\n${source}`).toBe('');
    });
  }

  it('parses every map of the hostile-names account', async () => {
    for (const [name, source] of allDiagrams(hostileAccount()))
      expect(await parse(source), `${name}\n${source}`).toBe('');
  });

  it('parses the collapsed org chart and the relationship map of a 300-person account', async () => {
    for (const [name, source] of allDiagrams(syntheticOf(300))) expect(await parse(source), name).toBe('');
  });
});

describe('hostile text renders literally', () => {
  it('shows every hostile name as text and injects no markup into the SVG', async () => {
    const account = hostileAccount();
    const { text, injected } = await render(buildOrgChart(account, { labels: zhLabels }).source);
    expect(injected).toBe(0);
    // mermaid wraps long labels into several text runs; compare without whitespace.
    const drawn = text.replace(/\s+/g, '');
    for (const hostile of HOSTILE_TEXTS)
      expect(drawn.slice(drawn.indexOf('外部影响者')), hostile).toContain(hostile.replace(/\s+/g, ''));
    expect(drawn).toContain(encodeTitle(HOSTILE_TEXTS[0]!).slice(1, -1).replace(/\s+/g, ''));
  });

  it('draws hostile body, competitor and step names as text, injecting nothing', async () => {
    const account = hostileAccount();
    const data = accountMapData(account);
    const sources = [
      buildOrgChart(data, { labels: zhLabels }).source,
      buildRelationshipMap(data, { labels: zhLabels }).source,
      buildDecisionProcess(account.opportunity!.decisionProcess, data, zhLabels).source,
    ];
    const drawings = [];
    for (const source of sources) drawings.push(await render(source)); // one render at a time
    const [org, relationship, decision] = drawings;
    for (const drawn of [org!, relationship!, decision!]) expect(drawn.injected).toBe(0);
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    expect(squeeze(org!.text)).toContain(squeeze(HOSTILE_TEXTS[6]!)); // the body
    expect(squeeze(relationship!.text)).toContain(squeeze(HOSTILE_TEXTS[1]!)); // the competitor
    expect(squeeze(decision!.text)).toContain(squeeze(HOSTILE_TEXTS[6]!)); // the body at the step
  });
});
