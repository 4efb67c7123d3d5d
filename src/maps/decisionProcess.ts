/** Decision process: the customer's steps in order, with the roles, people and bodies at each. */
import type { Opportunity } from '../schemas/account.ts';
import type { Labels } from '../i18n/labels.ts';
import type { Diagram, MapData, MapNode } from './mapData.ts';
import { layoutComment } from './flowchart/layoutComment.ts';
import { label } from './mermaidText.ts';

/**
 * One class per step status, so the map shows what the list says: done steps solid green, the
 * current one thick blue, a blocked one dashed red, planned ones grey. The status is also a line
 * of text in the box: colour is never the only signal.
 */
const STEP_CLASS_DEFS = [
  'classDef step fill:#e6eefb,stroke:#1f4fa8,stroke-width:2px,color:#1d2433',
  'classDef step_done fill:#dcf1e3,stroke:#1c6b3a,stroke-width:2px,color:#1d2433',
  'classDef step_in_progress fill:#e6eefb,stroke:#1f4fa8,stroke-width:4px,color:#1d2433',
  'classDef step_blocked fill:#fbe4d8,stroke:#a3231d,stroke-width:3px,stroke-dasharray:6 3,color:#1d2433',
  'classDef step_planned fill:#f4f6fa,stroke:#5a6577,stroke-width:1.5px,color:#1d2433',
];

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
  const lines = ['flowchart LR', `  ${layoutComment('layered')}`];
  steps.forEach((step, index) => {
    nodes[`S${index}`] = { kind: 'step', id: String(index) };
    lines.push(
      `  S${index}[${label(
        labels.say('punct.stepNumber', { n: index + 1, name: step.name }),
        step.date,
        step.status && labels.say('maps.step.status', { status: labels.stepStatus(step.status) }),
        step.roles.length > 0 && labels.say('maps.step.roles', { list: labels.list(step.roles.map(labels.role)) }),
        step.bodies.length > 0 && labels.say('maps.step.bodies', { list: labels.list(step.bodies.map(bodyName)) }),
        step.people.length > 0 && labels.say('maps.step.people', { list: labels.list(step.people.map(nameOf)) }),
      )}]:::${step.status ? `step_${step.status.replace('-', '_')}` : 'step'}`,
    );
    if (index > 0) lines.push(`  S${index - 1} --> S${index}`);
  });
  lines.push(...STEP_CLASS_DEFS.map((line) => `  ${line}`));
  return { source: lines.join('\n'), nodes };
}
