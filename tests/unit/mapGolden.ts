/**
 * The golden check for the map renderer: every flowchart map (org chart, relationship map with
 * every layer, decision processes) of the sample accounts, the hostile account and generated
 * accounts of 20/40/100/300 people and several seeds, drawn with renderFlowchart, each SVG kept as
 * a short digest. A change meant only to make layout faster must leave every digest as it was.
 *
 * Run alone to print every digest (compare the output of two commits with diff):
 *   npx node tests/unit/mapGolden.ts > digests.txt
 * With `--time` it prints the CPU time of drawing them all instead.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { renderFlowchart } from '../../src/maps/flowchart/index.ts';
import { buildDecisionProcess } from '../../src/maps/decisionProcess.ts';
import { accountMapData } from '../../src/maps/mapPayload.ts';
import { buildOrgChart } from '../../src/maps/orgChart.ts';
import { MAP_LAYERS, buildRelationshipMap } from '../../src/maps/relationshipMap.ts';
import { accountOpportunities } from '../../src/model/opportunities.ts';
import { accountSchema, type Account } from '../../src/schemas/account.ts';
import { syntheticAccount } from '../../src/testing/syntheticAccount.ts';
import { hostileAccount, sampleAccounts } from './diagramFixtures.ts';
import { zhLabels } from './helpers.ts';

export interface GoldenMap {
  name: string;
  source: string;
}

export const digestOf = (svg: string) => createHash('sha256').update(svg).digest('hex').slice(0, 16);

export const syntheticSeeded = (people: number, seed: number): Account =>
  accountSchema.parse(syntheticAccount({ id: `synthetic-${people}-${seed}`, people, seed }));

/** The flowchart texts of one account's maps, as a page draws them and with every option that changes the layout. */
export function accountMaps(account: Account): GoldenMap[] {
  const data = accountMapData(account);
  const maps: GoldenMap[] = [
    { name: `${account.id}/org`, source: buildOrgChart(data, { labels: zhLabels }).source },
    {
      name: `${account.id}/org-expanded`,
      source: buildOrgChart(data, { labels: zhLabels, collapseAbove: Infinity }).source,
    },
    { name: `${account.id}/relationship`, source: buildRelationshipMap(data, { labels: zhLabels }).source },
    {
      name: `${account.id}/relationship-all`,
      source: buildRelationshipMap(data, { labels: zhLabels, layers: [...MAP_LAYERS] }).source,
    },
  ];
  for (const [index, opportunity] of accountOpportunities(account).entries())
    maps.push({
      name: `${account.id}/decision-${index}`,
      source: buildDecisionProcess(opportunity.decisionProcess, data, zhLabels).source,
    });
  return maps;
}

/** The account of a test fixture (tests/fixtures/<name>.yaml). */
export const fixtureAccount = (name: string): Account =>
  accountSchema.parse(parse(readFileSync(new URL(`../fixtures/${name}.yaml`, import.meta.url), 'utf8')));

/** Accounts that stay as they are: the test fixtures, the hostile account and generated ones. */
export function fixedAccounts(): Account[] {
  const synthetic = [20, 40, 100, 300].flatMap((people) => [1, 2, 3].map((seed) => syntheticSeeded(people, seed)));
  const fixtures = ['small-account', 'committee-account', 'university-account'].map(fixtureAccount);
  return [...fixtures, { ...hostileAccount(), id: 'hostile' }, ...synthetic];
}

/** Every account of the golden check: the fixed ones and the samples (which trainers edit). */
export function goldenAccounts(): Account[] {
  return [...sampleAccounts(), ...fixedAccounts()];
}

export async function digestMap(map: GoldenMap): Promise<string> {
  return digestOf(await renderFlowchart(map.source, 'g'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const maps = goldenAccounts().flatMap(accountMaps);
  if (process.argv.includes('--time')) {
    const started = process.cpuUsage();
    for (let round = 0; round < 3; round++) for (const map of maps) await renderFlowchart(map.source, 'g');
    const { user, system } = process.cpuUsage(started);
    console.log(`${maps.length} maps × 3: ${((user + system) / 1000).toFixed(0)} ms CPU`);
  } else for (const map of maps) console.log(`${map.name} ${await digestMap(map)}`);
}
