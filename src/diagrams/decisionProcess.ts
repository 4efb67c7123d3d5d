/** Decision process: the customer's steps in order, with the roles and people at each. */
import type { Account } from '../schemas/account.ts';
import { personDisplayName, roleLabel } from '../views/labels.ts';
import type { Diagram, MapData, MapNode } from './mapData.ts';
import { label } from './mermaidText.ts';

export type DecisionSteps = Account['opportunity']['decisionProcess'];

export function buildDecisionProcess(steps: DecisionSteps, data: Pick<MapData, 'people'>): Diagram {
  const nameOf = (id: string) => {
    const person = data.people.find((candidate) => candidate.id === id);
    return person ? personDisplayName(person) : id;
  };
  const nodes: Record<string, MapNode> = {};
  const lines = ['flowchart LR'];
  steps.forEach((step, index) => {
    nodes[`S${index}`] = { kind: 'step', id: String(index) };
    lines.push(
      `  S${index}[${label(
        `${index + 1}．${step.name}`,
        step.date,
        step.roles.length > 0 && `角色：${step.roles.map(roleLabel).join('、')}`,
        step.people.length > 0 && `人员：${step.people.map(nameOf).join('、')}`,
      )}]:::step`,
    );
    if (index > 0) lines.push(`  S${index - 1} --> S${index}`);
  });
  lines.push('  classDef step fill:#e6eefb,stroke:#1f4fa8,stroke-width:2px,color:#1d2433');
  return { source: lines.join('\n'), nodes };
}
