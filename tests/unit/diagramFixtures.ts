/** Accounts the diagram tests draw: every sample, hostile names, and generated large ones. */
import { accountSchema, type Account } from '../../src/schemas/account.ts';
import { loadAllAccounts } from '../../src/model/loadAccounts.ts';
import { syntheticAccount } from '../../src/testing/syntheticAccount.ts';
import { label } from '../../src/maps/mermaidText.ts';
import { smallAccount } from './helpers.ts';

/** Text that would break or inject into a diagram if any of it were read as syntax or markup. */
export const HOSTILE_TEXTS = [
  'A"] --> X["pwned',
  '%%{init: {"securityLevel": "loose"}}%%',
  'x; click P0 call alert(1)',
  '<img src=x onerror=alert(1)>',
  '`code` & #quot; #60; ]] )) }} |pipe|',
  'line one\nline two\r\nend',
  'subgraph end style P0 fill:#f00',
  '<script>alert("x")</script>',
];

export function hostileAccount(): Account {
  return smallAccount((data) => {
    data.units[1].name = HOSTILE_TEXTS[0];
    data.people.forEach((person: Record<string, unknown>, index: number) => {
      person.name = HOSTILE_TEXTS[index % HOSTILE_TEXTS.length];
      person.title = HOSTILE_TEXTS[(index + 3) % HOSTILE_TEXTS.length];
    });
    data.team[0].name = HOSTILE_TEXTS[3];
    data.opportunity.decisionProcess[0].name = HOSTILE_TEXTS[2];
    // A decision body, a competitor and a tie to it, all named in hostile text.
    data.bodies = [
      {
        id: 'board',
        name: HOSTILE_TEXTS[6],
        kind: 'board',
        members: ['dean', 'it-head'],
        chair: 'dean',
        roles: ['EB'],
      },
    ];
    data.opportunity.decisionProcess[0].bodies = ['board'];
    data.opportunity.competitors = [{ id: 'rival-co', name: HOSTILE_TEXTS[1] }];
    data.people[1].competitorTie = { competitor: 'rival-co', strength: 3, note: HOSTILE_TEXTS[4] };
    data.people[2].dottedLines = ['pharm-head'];
    data.people.push({
      id: 'unknown-eb',
      name: HOSTILE_TEXTS[5],
      title: HOSTILE_TEXTS[7],
      unit: 'office',
      placeholder: true,
      reportsTo: 'dean',
    });
    // One relation of every kind, both directions, every strength.
    const kinds = ['influences', 'ally', 'rival', 'mentor', 'informal', 'external-pressure'];
    data.relationships = kinds.map((kind, index) => ({
      from: index % 2 ? 'dean' : 'pharm-head',
      to: index % 2 ? 'it-head' : 'inspector',
      kind,
      direction: index < 3 ? 'mutual' : 'one-way',
      strength: (index % 3) + 1,
    }));
  });
}

export const sampleAccounts = (): Account[] => loadAllAccounts();

export const syntheticOf = (people: number): Account =>
  accountSchema.parse(syntheticAccount({ id: `synthetic-${people}`, people }));

/**
 * Flowchart text of every shape our layouts once left to ELK, each named in hostile text: org
 * charts that are not an org chart's shape, and maps drawn top to bottom or with subgraphs. No
 * builder writes one; the layered layout draws each as a plain graph.
 */
export function unusualCharts(): { name: string; source: string }[] {
  const text = (index: number) => label(HOSTILE_TEXTS[index % HOSTILE_TEXTS.length]!);
  const org = (...lines: string[]) => ['flowchart TB', '  %% layout: org-chart', ...lines].join('\n');
  const layer = (id: string, title: number, ...inside: string[]) => [
    `  subgraph ${id}[${text(title)}]`,
    ...inside.map((line) => `    ${line}`),
    '  end',
  ];
  return [
    {
      name: 'an org chart with a labelled line',
      source: org(...layer('L0', 0, `A[${text(1)}]`, `B[${text(2)}]`), `  A -->|${text(3)}| B`),
    },
    {
      name: 'an org chart with a box outside every layer',
      source: org(...layer('L0', 4, `A[${text(5)}]`), `  B[${text(6)}]`, '  A --> B'),
    },
    {
      name: 'an org chart whose layers are stacked in a circle',
      source: org(
        ...layer('L0', 7, `A[${text(0)}]`),
        ...layer('L1', 1, `B[${text(2)}]`),
        '  L0 ~~~ L1',
        '  L1 ~~~ L0',
        '  A --> B',
      ),
    },
    {
      name: 'an org chart with a unit inside a unit',
      source: org(
        ...layer(
          'L0',
          3,
          `subgraph U0[${text(4)}]`,
          `  subgraph U1[${text(5)}]`,
          `    A[${text(6)}]`,
          '  end',
          'end',
          `B[${text(7)}]`,
        ),
        '  B --> A',
      ),
    },
    {
      name: 'an org chart with a line to a layer',
      source: org(
        ...layer('L0', 0, `A[${text(1)}]`),
        ...layer('L1', 2, `B[${text(3)}]`, `C[${text(4)}]`),
        '  A -.-> L1',
        '  A --> C',
      ),
    },
    {
      name: 'a layered map drawn top to bottom',
      source: [
        'flowchart TB',
        '  %% layout: layered',
        `  A(${text(5)})`,
        `  B{{${text(6)}}}`,
        `  C[${text(7)}]`,
        `  A -->|${text(0)}| B`,
        `  B <-.->|${text(1)}| C`,
        '  C --> A',
      ].join('\n'),
    },
    {
      name: 'a layered map with subgraphs',
      source: [
        'flowchart LR',
        '  %% layout: layered',
        ...layer('G', 2, `A[${text(3)}]`, `B[${text(4)}]`),
        `  C[${text(5)}]`,
        `  A ==>|${text(6)}| C`,
        '  C --> G',
        '  A --- B',
      ].join('\n'),
    },
    {
      name: 'a chart without a layout comment, top to bottom, with a subgraph',
      source: ['flowchart TB', ...layer('G', 7, `A[${text(0)}]`), `  B[${text(1)}]`, `  A -->|${text(2)}| B`].join(
        '\n',
      ),
    },
  ];
}
