import { describe, expect, it } from 'vitest';
import { accountAt, summariseSnapshot } from '../../src/analysis/timeline.ts';
import { analyzeAccount } from '../../src/analysis/analyzeAccount.ts';
import { buildDecisionProcess } from '../../src/maps/decisionProcess.ts';
import { cellsWithUnplaced, layoutGrid, manCells, powerInterestCells, wrapText } from '../../src/maps/grids.ts';
import {
  buildMapDiagram,
  DEFAULT_MAP_LAYERS,
  isFlowchart,
  FLOWCHART_MAP_KINDS,
  unitsWithPeople,
  viewStatus,
} from '../../src/maps/mapFrame.ts';
import {
  accountMapData,
  defaultDiagram,
  defaultDiagramSource,
  framePayload,
  MAP_KINDS,
  mapDataOf,
  sharedMapData,
} from '../../src/maps/mapPayload.ts';
import { jsonForScript } from '../../src/html/jsonForScript.ts';
import { gridDrawing, manGrid } from '../../src/maps/gridDrawing.ts';
import { gridHtml, manGridMarkup, powerInterestGridMarkup } from '../../src/maps/gridHtml.ts';
import { panelRows, panelText } from '../../src/maps/panelText.ts';
import { personDetails } from '../../src/maps/personDetails.ts';
import { encodeText, encodeTitle, label } from '../../src/maps/mermaidText.ts';
import { buildOrgChart } from '../../src/maps/orgChart.ts';
import { buildRelationshipMap } from '../../src/maps/relationshipMap.ts';
import { HOSTILE_TEXTS, hostileAccount, syntheticOf } from './diagramFixtures.ts';
import { accountWithLeaver, smallAccount, zhLabels } from './helpers.ts';
import { viewOf } from '../../src/client/maps/mapView.ts';
import { clientStrings } from '../../src/i18n/ui.ts';
import { MAP_LABEL_PREFIXES } from '../../src/maps/mapData.ts';
import { seedFor } from '../../src/worksheets/worksheet.ts';
import { WORKSHEET_KINDS } from '../../src/schemas/worksheet.ts';

const personNode = (diagram: { nodes: Record<string, { kind: string; id: string }> }, id: string) =>
  Object.entries(diagram.nodes).find(([, node]) => node.kind === 'person' && node.id === id)?.[0];

describe('mermaid text escaping', () => {
  it('keeps Chinese text, letters and digits as they are', () => {
    expect(encodeText('药剂科主任 Wu 3')).toBe('药剂科主任 Wu 3');
  });

  it('encodes every character that could be mermaid syntax or HTML', () => {
    for (const hostile of HOSTILE_TEXTS) {
      const encoded = encodeText(hostile);
      const outsideCodes = encoded.replace(/#\d+;/g, '');
      expect(outsideCodes).not.toMatch(/["<>`%;#[\]{}()|\n\r&]/);
      expect(outsideCodes).not.toContain('>');
    }
  });

  it('turns newlines into spaces and adds only its own line breaks', () => {
    expect(label('a\nb', undefined, 'c')).toBe('"a b<br/>c"');
  });

  it('writes subgraph titles with full-width forms of syntax characters', () => {
    expect(encodeTitle('A"] --> X')).toBe('"A＂］ －－＞ X"');
  });
});

describe('org chart builder', () => {
  const account = smallAccount();

  it('groups people by layer, draws reporting solid and secondary reporting dotted', () => {
    const withDotted = smallAccount((data) => {
      data.people[2].dottedLines = ['pharm-head'];
    });
    const { source, nodes } = buildOrgChart(withDotted, { labels: zhLabels });
    expect(source).toMatch(/subgraph L0\["决策层"\]/);
    expect(source).toMatch(/subgraph L4\["外部影响者"\]/);
    const dean = personNode({ nodes }, 'dean');
    const it = personNode({ nodes }, 'it-head');
    const pharm = personNode({ nodes }, 'pharm-head');
    expect(source).toContain(`${dean} --> ${it}`);
    expect(source).toContain(`${pharm} -.-> ${it}`);
  });

  it('labels each person with name, title, roles and support, and styles support and closeness', () => {
    const { source } = buildOrgChart(account, { labels: zhLabels });
    expect(source).toContain('吴主任<br/>药剂科主任<br/>UB 使用者 · Coach 内线<br/>★ +2 支持者（拥护者）');
    expect(source).toMatch(/:::s2c3/);
    expect(source).toMatch(/classDef s2c3 fill:#a9dcb9,stroke:#1c6b3a,stroke-width:3\.5px/);
    expect(source).toMatch(/classDef sunknownc1 .*stroke-dasharray/);
  });

  it('draws placeholders as such', () => {
    const { source } = buildOrgChart(hostileAccount(), { labels: zhLabels });
    expect(source).toMatch(/（待确认）.*:::placeholder/);
  });

  it('filters people by layer, role and support', () => {
    expect(
      Object.values(buildOrgChart(account, { labels: zhLabels, filter: { layers: ['decision'] } }).nodes).filter(
        (n) => n.kind === 'person',
      ),
    ).toEqual([{ kind: 'person', id: 'dean' }]);
    const coaches = buildOrgChart(account, { labels: zhLabels, filter: { roles: ['Coach'] } });
    expect(personNode(coaches, 'pharm-head')).toBeDefined();
    expect(personNode(coaches, 'dean')).toBeUndefined();
    const unknown = buildOrgChart(account, { labels: zhLabels, filter: { supports: ['unknown'] } });
    expect(personNode(unknown, 'it-head')).toBeDefined();
    expect(personNode(unknown, 'pharm-head')).toBeUndefined();
  });

  it('collapses a 300-person account to role holders and heads, counting the rest per unit', () => {
    const large = syntheticOf(300);
    const { source, nodes } = buildOrgChart(large, { labels: zhLabels });
    const shown = Object.values(nodes).filter((node) => node.kind === 'person').length;
    expect(shown).toBeLessThan(80);
    const counted = [...source.matchAll(/(?:另有|个部门共) (\d+) 人/g)].reduce(
      (sum, match) => sum + Number(match[1]),
      0,
    );
    expect(counted).toBeGreaterThan(0);
    expect(shown + counted).toBe(300);
  });

  it('makes each count of a collapsed 300-person chart a node that names what it expands, and expands all', () => {
    const large = syntheticOf(300);
    const { source, nodes } = buildOrgChart(large, { labels: zhLabels });
    // Units are nodes too (their boxes); the counts are the nodes named …more.
    const counts = Object.entries(nodes).filter(([id]) => id.endsWith('more'));
    expect(counts.length).toBeGreaterThan(0);
    for (const [id, node] of counts) {
      // Each count node is drawn, and names a unit or a layer of the account.
      expect(source).toMatch(new RegExp(`\\b${id}\\["(另有|其余)`));
      if (node.kind === 'unit') expect(large.units.map((unit) => unit.id)).toContain(node.id);
      else expect(large.units.map((unit) => unit.layer)).toContain(node.id);
    }
    const payload = { kind: 'org' as const, steps: [] };
    const all = buildMapDiagram(payload, large, zhLabels, { expanded: true });
    expect(all.source).not.toMatch(/另有|其余/);
    expect(Object.values(all.nodes).filter((node) => node.kind === 'person')).toHaveLength(300);
    expect(buildMapDiagram(payload, large, zhLabels).source).toBe(source);
    const status = viewStatus('org', buildMapDiagram(payload, large, zhLabels), zhLabels);
    expect(status).toContain('全部展开');
    expect(viewStatus('org', all, zhLabels)).toBe('图中 300 人');
  });

  it('shows one unit in full when filtered to it', () => {
    const large = syntheticOf(300);
    const unit = large.units.find((candidate) => candidate.layer === 'execution')!.id;
    const { source, nodes } = buildOrgChart(large, { labels: zhLabels, filter: { units: [unit] } });
    expect(source).not.toMatch(/另有|其余/);
    expect(Object.keys(nodes).filter((key) => key.startsWith('P')).length).toBe(
      large.people.filter((person) => person.unit === unit).length,
    );
  });

  it('tags and outlines the people a snapshot changed', () => {
    const snapshot = account.snapshots[1]!;
    const { source } = buildOrgChart(accountAt(account, snapshot.date), {
      labels: zhLabels,
      highlight: summariseSnapshot(snapshot),
    });
    expect(source).toContain('【支持度变化、亲密度变化】');
    expect(source).toMatch(/class P\d+ changed/);
  });
});

describe('relationship map builder', () => {
  const account = hostileAccount();

  it('draws every relation kind with its own arrow, pattern and width by strength', () => {
    const { source } = buildRelationshipMap(account, { labels: zhLabels });
    expect(source).toContain('<-->|"影响·弱"|');
    expect(source).toContain('x--x|"对立·强"|');
    expect(source).toContain('-.->|"非正式关系·中"|');
    expect(source).toContain('==>|"外部压力·强"|');
    expect(source).toMatch(/linkStyle \d+ stroke:#a3231d,stroke-width:4px,stroke-dasharray:4 4/);
  });

  it('adds reporting and coverage only as switchable layers', () => {
    const plain = buildRelationshipMap(account, { labels: zhLabels }).source;
    expect(plain).not.toContain('"汇报"');
    expect(plain).not.toContain('"负责"');
    const all = buildRelationshipMap(account, { labels: zhLabels, layers: ['reporting', 'coverage'] });
    expect(all.source).toContain('"汇报"');
    expect(all.source).toMatch(/T0\{\{"我方<br\/>/);
    expect(Object.values(all.nodes)).toContainEqual({ kind: 'member', id: 'am-li' });
    expect(all.source).not.toMatch(/影响·/);
  });

  it('leaves out people with no line on the map', () => {
    const { nodes } = buildRelationshipMap(smallAccount(), { labels: zhLabels });
    expect(personNode({ nodes }, 'pharm-head')).toBeDefined();
    expect(Object.values(nodes)).toHaveLength(4);
  });
});

describe('decision process and grids', () => {
  it('numbers the steps in order with their roles and people', () => {
    const account = smallAccount();
    const { source } = buildDecisionProcess(account.opportunity!.decisionProcess, account, zhLabels);
    expect(source).toContain('S0["1．立项<br/>角色：EB 决策者<br/>人员：周院长"]');
    expect(source).toContain('S0 --> S1');
  });

  it('shows the status of each step as the decision-process list does, in words and in its box style', () => {
    const account = smallAccount((data) => {
      data.opportunity.decisionProcess[0].status = 'done';
      data.opportunity.decisionProcess[1].status = 'in-progress';
    });
    const { source } = buildDecisionProcess(account.opportunity!.decisionProcess, account, zhLabels);
    expect(source).toContain('S0["1．立项<br/>状态：已完成<br/>角色：EB 决策者<br/>人员：周院长"]:::step_done');
    expect(source).toContain('<br/>状态：进行中<br/>');
    expect(source).toContain(':::step_in_progress');
    expect(source).toMatch(/classDef step_in_progress .*stroke-width:4px/);
    const plain = buildDecisionProcess(smallAccount().opportunity!.decisionProcess, account, zhLabels).source;
    expect(plain).not.toContain('状态');
  });

  it('places every assessed person in one quadrant and one MAN cell', () => {
    const analysis = analyzeAccount(smallAccount());
    const quadrants = powerInterestCells(analysis.people, zhLabels);
    expect(quadrants.cells.flatMap((cell) => cell.people).length + quadrants.unplaced.length).toBe(
      analysis.people.length,
    );
    expect(
      quadrants.cells.find((cell) => cell.key === 'manage-closely')!.people.map((entry) => entry.person.id),
    ).toEqual(['dean', 'pharm-head']);
    const man = manCells(analysis.people, zhLabels);
    expect(man.cells.find((cell) => cell.key === 'm-a-N')!.people.map((entry) => entry.person.id)).toEqual([
      'pharm-head',
    ]);
    expect(man.cells.find((cell) => cell.key === 'incomplete')!.people.map((entry) => entry.person.id)).toContain(
      'dean',
    );
  });
});

describe('grid cells', () => {
  it('adds one cell for the people not placed yet, and only when there are some', () => {
    const placed = powerInterestCells(analyzeAccount(smallAccount()).people, zhLabels);
    const unassessed = analyzeAccount(
      smallAccount((data) => {
        delete data.people[0].power;
        delete data.people[0].interest;
      }),
    );
    const grid = powerInterestCells(unassessed.people, zhLabels);
    expect(cellsWithUnplaced({ ...placed, unplaced: [] }, '尚未评估')).toEqual(placed.cells);
    const cells = cellsWithUnplaced(grid, '尚未评估');
    expect(cells).toHaveLength(grid.cells.length + 1);
    expect(cells.at(-1)).toMatchObject({ key: 'unplaced', title: '尚未评估', action: '', people: grid.unplaced });
    expect(grid.unplaced.map((entry) => entry.person.id)).toEqual([unassessed.people[0]!.person.id]);
  });
});

describe('grids as the page shows them (HTML)', () => {
  const analysis = analyzeAccount(hostileAccount());

  it('writes every cell and person chip as HTML, and no second copy of the grid', () => {
    const html = powerInterestGridMarkup(analysis.people, zhLabels, '权力—兴趣矩阵图');
    expect(html).toMatch(
      /^<div class="grid-map grid-map--axes" role="group" aria-label="权力—兴趣矩阵图" data-columns="2">/,
    );
    expect(html).not.toContain('<template');
    expect(html).not.toContain('<svg');
    // Everyone is in a cell: placed in a quadrant, or in 尚未评估.
    for (const entry of analysis.people) expect(html).toContain(`data-person="${entry.person.id}"`);
    // Four quadrants, two power captions before their rows, the interest captions once.
    expect(html.match(/grid-axis--y/g)).toHaveLength(2);
    expect(html.match(/grid-axis--x/g)).toHaveLength(2);
  });

  it('escapes hostile names and titles', () => {
    for (const markup of [
      powerInterestGridMarkup(analysis.people, zhLabels, '<b>grid</b>'),
      manGridMarkup(analysis.people, zhLabels, '"MAN"'),
    ]) {
      expect(markup).not.toMatch(/<(img|script|b)[\s>]/);
      expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });

  it('marks placeholders and unknown support dashed, and lays the MAN grid out without axes', () => {
    const markup = gridHtml(gridDrawing(manGrid(analysis.people, zhLabels), 'MAN', zhLabels));
    expect(markup).toMatch(/^<div class="grid-map grid-map--flow"[^>]* data-columns="3"/);
    expect(markup).not.toContain('grid-axis');
    const unknown = analysis.people.find((entry) => entry.person.support === 'unknown' || entry.person.placeholder);
    if (unknown) {
      expect(markup).toMatch(
        new RegExp(`class="grid-chip grid-chip--dashed[^"]*"[^>]*data-person="${unknown.person.id}"`),
      );
    }
  });
});

describe('map frames', () => {
  const analysis = analyzeAccount(smallAccount());
  const payloadOf = (kind: (typeof MAP_KINDS)[number], shared = false) =>
    framePayload(analysis, { kind, snapshots: false, shared, labels: zhLabels, trainerNotes: false });

  it('names the flowchart maps once, for the page and the browser alike', () => {
    expect(MAP_KINDS.filter(isFlowchart)).toEqual([...FLOWCHART_MAP_KINDS]);
    expect(isFlowchart('power-interest')).toBe(false);
    expect(isFlowchart('man')).toBe(false);
  });

  it('embeds only what each kind redraws: grids the panel text, shared frames no data or text', () => {
    expect(payloadOf('org').data.people).toHaveLength(analysis.people.length);
    expect(payloadOf('man').data.people).toEqual([]);
    expect(Object.keys(payloadOf('man').details.people)).toHaveLength(analysis.people.length);
    expect(payloadOf('decision').steps).toEqual(analysis.opportunity.decisionProcess);
    expect(payloadOf('org').steps).toEqual([]);
    expect(payloadOf('relationship', true)).toMatchObject({ data: { people: [] }, details: { texts: [], people: {} } });
    expect(sharedMapData(analysis, { labels: zhLabels, trainerNotes: false }).details).toEqual(
      payloadOf('org').details,
    );
  });

  it('draws at build time exactly the default view the browser draws', () => {
    for (const kind of FLOWCHART_MAP_KINDS) {
      const payload = payloadOf(kind, true);
      const inBrowser = buildMapDiagram(payload, mapDataOf(analysis), zhLabels, {
        filter: {},
        layers: DEFAULT_MAP_LAYERS,
      });
      expect(defaultDiagramSource(analysis, payload, zhLabels), kind).toBe(inBrowser.source);
    }
    expect(defaultDiagramSource(analysis, payloadOf('power-interest'), zhLabels)).toBeUndefined();
    expect(buildMapDiagram(payloadOf('relationship'), mapDataOf(analysis), zhLabels).source).toBe(
      buildRelationshipMap(mapDataOf(analysis), { labels: zhLabels, layers: ['influence'] }).source,
    );
  });

  it('refuses to build a flowchart for a grid', () => {
    expect(() => buildMapDiagram(payloadOf('man'), mapDataOf(analysis), zhLabels)).toThrow(/man/);
  });
});

describe('grid layout', () => {
  it('wraps Chinese text by width and keeps every character', () => {
    const lines = wrapText('高权力、高兴趣：深度参与，定期一对一沟通，让其参与方案共创。', 10);
    expect(lines.every((line) => line.length <= 10)).toBe(true);
    expect(lines.join('')).toBe('高权力、高兴趣：深度参与，定期一对一沟通，让其参与方案共创。');
  });

  it('places every person of a 300-person account as a chip inside its cell', () => {
    const analysis = analyzeAccount(syntheticOf(300));
    const { cells } = gridDrawing(
      { cells: powerInterestCells(analysis.people, zhLabels).cells, columns: 2 },
      '',
      zhLabels,
    );
    const layout = layoutGrid(cells, { columns: 2, width: 960, chipWidth: 220 });
    const chips = layout.cells.flatMap((cell) => cell.chips.map((chip) => ({ chip, cell })));
    expect(chips).toHaveLength(300);
    for (const { chip, cell } of chips) {
      expect(chip.x).toBeGreaterThanOrEqual(cell.x);
      expect(chip.x + chip.width).toBeLessThanOrEqual(cell.x + cell.width);
      expect(chip.y + 30).toBeLessThanOrEqual(cell.y + cell.height);
    }
  });
});

describe('who is present at a date: one rule for maps, tables and worksheets', () => {
  const account = accountWithLeaver();
  const analysis = analyzeAccount(account);
  const strings = clientStrings('zh-CN', MAP_LABEL_PREFIXES);
  const payloadOf = (kind: 'org' | 'relationship', shared = false) => {
    const payload = framePayload(analysis, { kind, snapshots: true, shared, labels: zhLabels, trainerNotes: false });
    return shared ? { ...payload, ...sharedMapData(analysis, { labels: zhLabels, trainerNotes: false }) } : payload;
  };
  const peopleOf = (nodes: Record<string, { kind: string; id: string }>) =>
    Object.values(nodes)
      .filter((node) => node.kind === 'person')
      .map((node) => node.id);
  const latest = { filter: {}, layers: [...DEFAULT_MAP_LAYERS], snapshot: -1 };

  it('leaves someone who left out of the tables, the maps at the latest date and every worksheet', () => {
    expect(analysis.people.map((entry) => entry.person.id)).not.toContain('old-vp');
    for (const kind of ['org', 'relationship'] as const) {
      for (const shared of [false, true]) {
        const payload = payloadOf(kind, shared);
        // The history needs him: the embedded data has him, every view at the latest date not.
        expect(payload.data.people.map((person) => person.id)).toContain('old-vp');
        expect(peopleOf(payload.defaultNodes!)).not.toContain('old-vp');
        expect(defaultDiagramSource(analysis, payload, zhLabels)).not.toContain('老副院长');
        const inBrowser = viewOf(payload, strings, latest);
        expect(inBrowser.diagram.source).toBe(defaultDiagramSource(analysis, payload, zhLabels));
      }
    }
    for (const kind of WORKSHEET_KINDS) {
      expect(seedFor(kind, account, zhLabels.personName).map((seed) => seed.person)).not.toContain('old-vp');
    }
    expect(seedFor('man', account, zhLabels.personName)).toHaveLength(analysis.people.length);
  });

  it('draws him at a date before he left, and names him by name on the date he left', () => {
    const payload = payloadOf('org', true);
    const before = viewOf(payload, strings, { ...latest, snapshot: 0 });
    expect(peopleOf(before.diagram.nodes)).toContain('old-vp');
    const leaving = viewOf(payload, strings, { ...latest, snapshot: 1 });
    expect(peopleOf(leaving.diagram.nodes)).not.toContain('old-vp');
    expect(leaving.status).toContain('已离开：老副院长');
    expect(leaving.status).not.toContain('old-vp');
  });

  it('writes the same status line at build time as the browser does for the default view', () => {
    const payload = payloadOf('org');
    const built = viewStatus('org', defaultDiagram(analysis, payload, zhLabels)!, zhLabels);
    expect(built).toBe(viewOf(payload, strings, latest).status);
    expect(built).toBe(`图中 ${analysis.people.length} 人`);
  });
});

describe('embedded map data', () => {
  it('can never close its script element, whatever the names say', () => {
    const analysis = analyzeAccount(hostileAccount());
    const json = jsonForScript({
      kind: 'org',
      data: mapDataOf(analysis),
      snapshots: [],
      steps: [],
      details: panelText(personDetails(analysis, zhLabels, { trainerNotes: false })),
    });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).data.people[0].name).toBe(HOSTILE_TEXTS[0]);
  });

  it('packs the panel text with every label and shared sentence once, and gives every row back as it was', () => {
    for (const analysis of [analyzeAccount(hostileAccount()), analyzeAccount(syntheticOf(40))]) {
      const details = personDetails(analysis, zhLabels, { trainerNotes: false });
      const packed = JSON.parse(jsonForScript(panelText(details))) as ReturnType<typeof panelText>;
      for (const [id, detail] of Object.entries(details)) {
        expect(panelRows(packed, id), id).toEqual(detail.rows);
        expect(packed.people[id]!.name).toBe(detail.name);
      }
      expect(new Set(packed.texts).size).toBe(packed.texts.length);
      // A quadrant's advice that several people share is written once, not once per person.
      const advice = zhLabels.quadrantAction('manage-closely');
      const holders = Object.values(details).filter((detail) =>
        detail.rows.some(([, value]) => value.includes(advice)),
      );
      if (holders.length > 1) expect(JSON.stringify(packed).split(advice)).toHaveLength(2);
    }
    expect(panelRows(panelText({}), 'nobody')).toBeUndefined();
  });

  it('keeps hostile text in the packed panel text as text', () => {
    const analysis = analyzeAccount(hostileAccount());
    const packed = panelText(personDetails(analysis, zhLabels, { trainerNotes: false }));
    const shown = Object.keys(packed.people).flatMap((id) => [
      packed.people[id]!.name,
      ...panelRows(packed, id)!.flat(),
    ]);
    for (const hostile of HOSTILE_TEXTS.slice(0, 2)) expect(shown.some((text) => text.includes(hostile))).toBe(true);
    expect(jsonForScript(packed)).not.toContain('<');
  });

  it("names each person's decision steps once each, in step order", () => {
    const analysis = analyzeAccount(
      smallAccount((data) => {
        data.opportunity.decisionProcess.push({ name: '签约', roles: ['EB'], people: ['dean', 'it-head', 'dean'] });
      }),
    );
    const details = personDetails(analysis, zhLabels, { trainerNotes: false });
    const stepsOf = (id: string) =>
      details[id]!.rows.find(([label]) => label === zhLabels.say('account.decisionProcess'))?.[1];
    expect(stepsOf('dean')).toBe(['立项', '签约'].join(zhLabels.say('punct.list')));
    expect(stepsOf('pharm-head')).toBe('评标');
  });

  it('writes the texts people share as the labels write them for each person', () => {
    for (const analysis of [analyzeAccount(syntheticOf(40)), analyzeAccount(hostileAccount())]) {
      const details = personDetails(analysis, zhLabels, { trainerNotes: false });
      for (const { person, quadrant } of analysis.people) {
        const rows = new Map(details[person.id]!.rows);
        const unit = analysis.model.unitById.get(person.unit)?.name ?? person.unit;
        expect(rows.get(zhLabels.say('col.unit'))).toBe(
          `${unit}${zhLabels.paren(zhLabels.layer(analysis.model.layerOf(person)))}`,
        );
        expect(rows.get(zhLabels.say('col.support'))).toBe(zhLabels.support(person.support));
        expect(rows.get(zhLabels.say('col.closeness'))).toBe(zhLabels.closeness(person.closeness));
        if (person.roles.length > 0)
          expect(rows.get(zhLabels.say('col.roles'))).toBe(zhLabels.list(person.roles.map(zhLabels.role)));
        if (quadrant)
          expect(rows.get(zhLabels.say('col.quadrant'))).toBe(
            zhLabels.colon(zhLabels.quadrant(quadrant), zhLabels.quadrantAction(quadrant)),
          );
      }
    }
  });

  it('makes the map data of an account once, as accountMapData makes it', () => {
    const analysis = analyzeAccount(accountWithLeaver());
    expect(mapDataOf(analysis)).toBe(mapDataOf(analysis));
    expect(mapDataOf(analysis, { history: false })).toBe(mapDataOf(analysis, { history: false }));
    expect(mapDataOf(analysis)).toEqual(accountMapData(analysis.model.account));
    expect(mapDataOf(analysis, { history: false })).toEqual(accountMapData(analysis.present));
  });

  it('offers the units that have people, in their order, as a search of each unit finds them', () => {
    for (const account of [syntheticOf(40), hostileAccount(), smallAccount()]) {
      expect(unitsWithPeople(account)).toEqual(
        account.units.filter((unit) => account.people.some((person) => person.unit === unit.id)),
      );
    }
  });

  it('carries trainer notes only when asked, and never in the map data', () => {
    const analysis = analyzeAccount(
      smallAccount((data) => {
        data.people[0].trainer = { notes: '只给讲师看的提示' };
      }),
    );
    expect(JSON.stringify(mapDataOf(analysis))).not.toContain('只给讲师看的提示');
    expect(JSON.stringify(personDetails(analysis, zhLabels, { trainerNotes: false }))).not.toContain(
      '只给讲师看的提示',
    );
    expect(JSON.stringify(personDetails(analysis, zhLabels, { trainerNotes: true }))).toContain('只给讲师看的提示');
  });
});
