/**
 * The org chart's layout alone (text → placed boxes and lines, no SVG): our own banded layout,
 * which the build and the browser use (issue 13: an org chart of 40 people in ≤ 5 ms). For
 * generated accounts of 40, 100 and 300 people, as an account page draws them (collapsed above 60
 * people): the first layout of each size in this process (cold) and the median of the repeats
 * that follow. (It measured ELK's layout of the same charts too, until the renderer dropped ELK:
 * the README keeps those figures.) The names keep "(our layout)" so results stay comparable.
 *
 * Runs alone too: `node bench/measures/orgLayout.ts [--quick]`.
 */
import { layoutFlowchart } from '../../src/maps/flowchart/layout.ts';
import { parseFlowchart } from '../../src/maps/flowchart/parse.ts';
import { accountMapData } from '../../src/maps/mapPayload.ts';
import { buildOrgChart } from '../../src/maps/orgChart.ts';
import { createLabels } from '../../src/i18n/labels.ts';
import { uiDictionary } from '../../src/i18n/ui.ts';
import { accountSchema } from '../../src/schemas/account.ts';
import { syntheticAccount } from '../../src/testing/syntheticAccount.ts';
import { figure, median } from '../lib.ts';
import type { Figure, Measure } from '../types.ts';

const SIZES = [40, 100, 300];
const labels = createLabels(uiDictionary('zh-CN'));

export const measure: Measure = async (context) => {
  const repeats = context.quick ? 5 : 20;
  const texts = SIZES.map((people) => {
    const account = accountSchema.parse(syntheticAccount({ id: `synthetic-${people}`, people }));
    return buildOrgChart(accountMapData(account), { labels }).source;
  });
  const figures: Figure[] = [];
  const firsts: number[] = [];
  const medians: number[][] = SIZES.map(() => []);
  for (const [index, text] of texts.entries()) {
    const time = () => {
      const graph = parseFlowchart(text);
      const started = performance.now();
      layoutFlowchart(graph);
      return performance.now() - started;
    };
    firsts.push(time());
    for (let run = 0; run < context.runs; run++) {
      const times: number[] = [];
      for (let repeat = 0; repeat < repeats; repeat++) times.push(time());
      medians[index]!.push(median(times));
    }
  }
  SIZES.forEach((people, index) => {
    figures.push(
      figure(
        `org chart layout, ${people} people (our layout): median`,
        'ms',
        medians[index]!,
        people === 40 ? 'target ≤ 5' : undefined,
      ),
      figure(`org chart layout, ${people} people (our layout): first`, 'ms', [firsts[index]!]),
    );
  });
  return figures;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  for (const { name, samples } of await measure({
    root: '',
    quick,
    runs: 1,
    chromiumPath: '',
    workDir: '',
  }))
    console.log(`${name}: ${samples.map((sample) => sample.toFixed(1)).join(', ')} ms`);
}
