import { describe, expect, it } from 'vitest';
import { problemsAfter, problemsOf, SMALL_ACCOUNT_YAML } from './helpers.ts';
import { setMessageLocale } from '../../src/validation/messages.ts';

// These tests pin the English wording; the Chinese messages have their own snapshot tests.
setMessageLocale('en');

describe('case-file validation: the text itself', () => {
  it('accepts the small fixture with no problem at all', () => {
    expect(problemsOf(SMALL_ACCOUNT_YAML)).toEqual([]);
  });

  it('reports an empty file at 1:1 instead of a stack trace', () => {
    expect(problemsOf('')).toEqual([
      'accounts/test.yaml:1:1  (file)  the file is empty; expected one account as a mapping of fields (id: …, name: …, people: …)',
    ]);
  });

  it('reports a file that is a list', () => {
    expect(problemsOf('- id: a\n- id: b\n')).toEqual([
      'accounts/test.yaml:1:1  (file)  the file is a list of 2 items; expected one account as a mapping of fields (id: …, name: …, people: …)',
    ]);
  });

  it('reports a duplicate key at the second occurrence', () => {
    expect(problemsOf('id: a\nname: x\nid: b\n')).toEqual([
      'accounts/test.yaml:3:1  (this line)  YAML syntax: this field appears twice in the same entry; keep one (Map keys must be unique)',
    ]);
  });

  it('reports tabs used for indentation with their line', () => {
    const lines = problemsOf('id: a\npeople:\n\t- id: x\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^accounts\/test\.yaml:3:1 {2}people\[0\] \(x\) {2}YAML syntax: a tab is used for indentation; YAML indents with spaces only/,
    );
  });

  it('warns about a byte-order mark but still validates the file', () => {
    expect(problemsOf(`\uFEFF${SMALL_ACCOUNT_YAML}`)).toEqual([
      'accounts/test.yaml:1:1  (file)  warning: the file starts with a byte-order mark (BOM); it was ignored, but save the file as UTF-8 without BOM',
    ]);
  });

  it('reports a syntax error with its position', () => {
    expect(problemsOf('id: a\nname: "unclosed\n')).toEqual([
      'accounts/test.yaml:3:1  (this line)  YAML syntax: a closing quote or bracket is missing; the text runs from the last opening quote or bracket to here (Missing closing "quote)',
    ]);
  });
});

describe('case-file validation: fields', () => {
  const withUnit = (extra: string) =>
    `id: t\nname: 测试\nindustry: 医疗\nsector: private\nsummary: s\nopportunity: { offering: o, stage: won }\nunits:\n  - id: u\n    name: 院办\n${extra}people:\n  - { id: p, name: 张, title: 院长, unit: u }\nconfidentiality: internal\n`;

  it('lists allowed values for an enum and suggests the nearest', () => {
    expect(problemsOf(withUnit('    layer: decisoin\n'))).toEqual([
      'accounts/test.yaml:10:12  units[0].layer  expected one of decision, management, execution, support, external; found "decisoin"; did you mean "decision"?',
    ]);
  });

  it('rejects an unknown (misspelt) field at its key and lists the allowed ones', () => {
    expect(problemsOf(withUnit('    layer: decision\n    parnet: x\n'))).toEqual([
      'accounts/test.yaml:11:5  units[0].parnet  unknown field "parnet"; did you mean "parent"? (allowed here: id, name, layer, parent, function)',
    ]);
  });

  it('names a missing required field and what it should hold', () => {
    expect(problemsOf(withUnit(''))).toEqual([
      'accounts/test.yaml:8:5  units[0].layer  required field is missing: expected one of decision, management, execution, support, external',
    ]);
  });

  it('rejects scores out of range with the value found', () => {
    expect(problemsAfter((data) => (data.people[0].power = 7))).toContainEqual(
      expect.stringMatching(/ {2}people\[0\] \([^)]*\)\.power {2}expected at most 5; found 7$/),
    );
  });

  it('rejects a support value off the signed scale', () => {
    expect(problemsAfter((data) => (data.people[0].support = 3))).toContainEqual(
      expect.stringMatching(/ {2}people\[0\] \([^)]*\)\.support {2}expected one of -2, -1, 0, 1, 2, unknown; found 3$/),
    );
  });

  it('rejects a badly written date', () => {
    expect(problemsAfter((data) => (data.people[0].lastContact = '2026/3/1'))).toContainEqual(
      expect.stringMatching(
        / {2}people\[0\] \([^)]*\)\.lastContact {2}expected a date written as YYYY-MM-DD; found "2026\/3\/1"; write 2026-03-01$/,
      ),
    );
  });

  it('rejects an unknown snapshot change type and lists the types', () => {
    expect(
      problemsAfter((data) => data.snapshots[0].changes.push({ type: 'promoted', person: 'dean' })),
    ).toContainEqual(
      expect.stringMatching(
        /snapshots\[0\]\.changes\[1\]\.type {2}expected type to be one of joins, leaves, support, closeness, reports-to, relationship-appears, relationship-ends; found "promoted"$/,
      ),
    );
  });

  it('reports every problem of a file at once', () => {
    const lines = problemsAfter((data) => {
      data.sector = 'govt';
      data.people[0].power = 9;
      data.people[1].reportsTo = 'nobody';
      data.units[0].colour = 'red';
    });
    expect(lines).toHaveLength(4);
  });
});

describe('case-file validation: cross-references', () => {
  it('rejects duplicate ids and points at the second one', () => {
    expect(problemsAfter((data) => (data.people[2].id = 'pharm-head'))).toContainEqual(
      expect.stringMatching(
        / {2}people\[2\] \([^)]*\)\.id {2}duplicate person id "pharm-head": already used by people\[1\]; ids must be unique$/,
      ),
    );
  });

  it('suggests the nearest valid id for a wrong reference', () => {
    expect(problemsAfter((data) => (data.people[1].reportsTo = 'daen'))).toEqual([
      expect.stringMatching(
        / {2}people\[1\] \([^)]*\)\.reportsTo {2}unknown person "daen": expected the id of an entry in people; did you mean "dean"\?$/,
      ),
    ]);
  });

  it('checks units, parents, dotted lines, owners, relationship ends and decision steps', () => {
    const lines = problemsAfter((data) => {
      data.people[0].unit = 'ofice';
      data.units[1].parent = 'nowhere';
      data.people[1].dottedLines = ['ghost'];
      data.people[1].owner = 'am-lee';
      data.relationships[0].to = 'deen';
      data.opportunity.decisionProcess[0].people = ['boss'];
      data.information = {
        personal: [{ fact: '喜欢钓鱼', source: 'asking-around', about: 'deen', informant: 'pharm-head' }],
      };
    });
    expect(lines.map((line) => line.split('  ')[1])).toEqual([
      'opportunity.decisionProcess[0].people[0]',
      'units[1].parent',
      'people[0] (dean 周院长).unit',
      'people[1] (pharm-head 吴主任).owner',
      'people[1] (pharm-head 吴主任).dottedLines[0]',
      'relationships[0].to',
      'information.personal[0].about',
    ]);
    expect(lines[3]).toContain(
      'unknown member of our team "am-lee": expected the id of an entry in team; did you mean "am-li"?',
    );
  });

  it('rejects a reporting cycle and names everyone in it', () => {
    const lines = problemsAfter((data) => {
      data.people[0].reportsTo = 'it-head';
      data.people[2].reportsTo = 'pharm-head';
      data.people[1].reportsTo = 'dean';
      data.topPeople = undefined;
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /people\[0\] \([^)]*\)\.reportsTo {2}reporting line goes round in a cycle: dean → it-head → pharm-head → dean; someone in it must report to someone outside it$/,
      ),
    );
  });

  it('requires one top unless several are declared', () => {
    const lines = problemsAfter((data) => delete data.people[1].reportsTo);
    expect(lines).toEqual([
      expect.stringMatching(
        /people\[1\] \([^)]*\)\.reportsTo {2}2 people report to no one: 周院长 \(people\[0\]\), 吴主任 \(people\[1\]\); give all but one a reportsTo, or list them all in topPeople$/,
      ),
    ]);
    expect(
      problemsAfter((data) => {
        delete data.people[1].reportsTo;
        data.topPeople = ['dean', 'pharm-head'];
      }),
    ).toEqual([]);
  });

  it('treats external influencers as outside the reporting tree', () => {
    expect(problemsAfter((data) => delete data.people[3].reportsTo)).toEqual([]);
  });

  it('rejects snapshots out of date order', () => {
    expect(problemsAfter((data) => (data.snapshots[1].date = '2025-12-01'))).toContainEqual(
      expect.stringMatching(
        /snapshots\[1\]\.date {2}snapshots must be in date order, oldest first; 2025-12-01 comes after 2026-01-10$/,
      ),
    );
  });

  it('rejects a change for someone not there yet on that date', () => {
    const lines = problemsAfter((data) => {
      data.snapshots.push({ date: '2026-06-01', title: '郑科长到任', changes: [{ type: 'joins', person: 'it-head' }] });
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /snapshots\[1\]\.changes\[2\]\.from {2}"it-head" is not there yet on 2026-05-01: they join on 2026-06-01$|snapshots\[1\]\.changes\[2\]\.to {2}"it-head" is not there yet on 2026-05-01: they join on 2026-06-01$/,
      ),
    );
  });

  it('rejects a change for someone who already left', () => {
    const lines = problemsAfter((data) => {
      data.snapshots[0].changes.push({ type: 'leaves', person: 'pharm-head' });
    });
    expect(lines).toContainEqual(
      expect.stringContaining('"pharm-head" is no longer there on 2026-05-01: they left on 2026-01-10'),
    );
  });

  it('requires support changes to chain and to end at the current value', () => {
    const lines = problemsAfter((data) => {
      data.snapshots[1].changes[0].from = 1;
      data.people[1].support = 1;
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /people\[1\] \([^)]*\)\.support {2}the last support change in snapshots ends at 2, but this person shows 1/,
      ),
    );
    const chain = problemsAfter((data) => {
      data.snapshots[0].changes.push({ type: 'support', person: 'pharm-head', from: -1, to: 0 });
      data.snapshots[1].changes[0].from = 1;
    });
    expect(chain).toContainEqual(
      expect.stringMatching(
        /snapshots\[1\]\.changes\[0\]\.from {2}support of "pharm-head" was 0 after the previous change; found from: 1$/,
      ),
    );
  });

  it('requires relationships to agree with the last appears/ends change', () => {
    expect(
      problemsAfter((data) =>
        data.snapshots[1].changes.push({
          type: 'relationship-ends',
          from: 'inspector',
          to: 'dean',
          kind: 'external-pressure',
        }),
      ),
    ).toContainEqual(
      expect.stringMatching(
        /snapshots\[1\]\.changes\[3\] {2}the external-pressure relation inspector→dean ends on 2026-05-01 but is still listed in relationships; remove it there/,
      ),
    );
    expect(problemsAfter((data) => data.relationships.pop())).toContainEqual(
      expect.stringMatching(
        /snapshots\[1\]\.changes\[2\] {2}the rival relation pharm-head→it-head appears on 2026-05-01 but is not listed in relationships; add it there/,
      ),
    );
  });

  it('requires reporting-line changes to chain and to end at the current manager', () => {
    const lines = problemsAfter((data) =>
      data.snapshots[1].changes.push({ type: 'reports-to', person: 'it-head', from: 'dean', to: 'pharm-head' }),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /people\[2\] \([^)]*\)\.reportsTo {2}the last reportsTo change in snapshots ends at "pharm-head", but this person shows "dean"/,
      ),
    );
    expect(
      problemsAfter((data) =>
        data.snapshots[1].changes.push({ type: 'reports-to', person: 'it-head', from: 'daen', to: 'dean' }),
      ),
    ).toContainEqual(expect.stringMatching(/snapshots\[1\]\.changes\[3\]\.from {2}unknown person "daen"/));
  });

  it('rejects an answer-key entry for someone not in the file, at the line of its person field, with the nearest id', () => {
    const text = `${SMALL_ACCOUNT_YAML}  answerKey:
    - person: dean
      reasoning: 院长有钱有权。
    - person: pharm-haed
      reasoning: 药剂科主任需求最强。
`;
    const line = text.split('\n').findIndex((row) => row.includes('pharm-haed')) + 1;
    expect(problemsOf(text)).toEqual([
      `accounts/test.yaml:${line}:15  trainer.answerKey[1].person  unknown person "pharm-haed": expected the id of an entry in people; did you mean "pharm-head"?`,
    ]);
  });

  it('rejects a second answer-key entry for the same person and names the first', () => {
    const lines = problemsAfter((data) => {
      data.trainer.answerKey = [
        { person: 'dean', reasoning: '院长有钱有权。' },
        { person: 'it-head', reasoning: '信息科长能否决。' },
        { person: 'dean', reasoning: '又写了一遍。' },
      ];
    });
    expect(lines).toEqual([
      expect.stringMatching(
        / {2}trainer\.answerKey\[2\]\.person {2}"dean" already has an answer-key entry at trainer\.answerKey\[0\]; keep one entry per person$/,
      ),
    ]);
  });

  it('warns when a decision maker or gatekeeper has authority "no", in the case and in the answer key', () => {
    const lines = problemsAfter((data) => {
      data.people[2].roles = ['TB'];
      data.people[2].man = { money: 'no', authority: 'no', need: 'no' };
      data.trainer.answerKey = [
        { person: 'dean', roles: ['EB'], man: { money: 'yes', authority: 'no', need: 'yes' }, reasoning: '院长。' },
      ];
    });
    expect(lines).toEqual([
      expect.stringMatching(
        / {2}people\[2\] \(it-head 郑科长\)\.man\.authority {2}warning: a TB \(gatekeeper\) can veto, and chapter 6 counts deciding or vetoing as authority \(A\); expected "yes", found "no" \(or change the role\)$/,
      ),
      expect.stringMatching(
        / {2}trainer\.answerKey\[0\]\.man\.authority {2}warning: an EB \(decision maker\) decides, and chapter 6 counts deciding or vetoing as authority \(A\); expected "yes", found "no" \(or change the role\)$/,
      ),
    ]);
  });

  it('rejects "unknown" mixed with real roles', () => {
    expect(problemsAfter((data) => (data.people[2].roles = ['TB', 'unknown']))).toContainEqual(
      expect.stringMatching(
        /people\[2\] \([^)]*\)\.roles {2}"unknown" cannot be combined with other roles; found TB, unknown$/,
      ),
    );
  });
});
