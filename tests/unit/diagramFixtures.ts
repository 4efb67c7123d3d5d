/** Accounts the diagram tests draw: every sample, hostile names, and generated large ones. */
import { accountSchema, type Account } from '../../src/schemas/account.ts';
import { loadAllAccounts } from '../../src/model/loadAccounts.ts';
import { syntheticAccount } from '../../src/testing/syntheticAccount.ts';
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
