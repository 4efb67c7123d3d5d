/** Decision process: the customer's steps in order, with the roles, people and bodies at each. */
import type { Opportunity } from '../schemas/account.ts';
import type { Labels } from '../i18n/labels.ts';
import type { Diagram, MapData, MapNode } from './mapData.ts';
import { label } from './mermaidText.ts';

export type DecisionSteps = Opportunity['decisionProcess'];

export function buildDecisionProcess(
  steps: DecisionSteps,
  data: Pick<MapData, 'people' | 'bodies'>,
  labels: Labels,
): Diagram {
  const nameOf = (id: string) => {
    const person = data.people.find((candidate) => candidate.id === id);
    return person ? labels.personName(person) : id;
  };
  const bodyName = (id: string) => data.bodies?.find((body) => body.id === id)?.name ?? id;
  const nodes: Record<string, MapNode> = {};
  const lines = ['flowchart LR'];
  steps.forEach((step, index) => {
    nodes[`S${index}`] = { kind: 'step', id: String(index) };
    lines.push(
      `  S${index}[${label(
        labels.say('punct.stepNumber', { n: index + 1, name: step.name }),
        step.date,
        step.roles.length > 0 && labels.say('maps.step.roles', { list: labels.list(step.roles.map(labels.role)) }),
        step.bodies.length > 0 && labels.say('maps.step.bodies', { list: labels.list(step.bodies.map(bodyName)) }),
        step.people.length > 0 && labels.say('maps.step.people', { list: labels.list(step.people.map(nameOf)) }),
      )}]:::step`,
    );
    if (index > 0) lines.push(`  S${index - 1} --> S${index}`);
  });
  lines.push('  classDef step fill:#e6eefb,stroke:#1f4fa8,stroke-width:2px,color:#1d2433');
  return { source: lines.join('\n'), nodes };
}
