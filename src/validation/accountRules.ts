/**
 * Checks a case file beyond its field types, by concern over one shared context: references
 * (`accountRules/references.ts`), decision bodies and opportunities (`bodies.ts`), the organisation's shape (`hierarchy.ts`), the history in
 * snapshots (`snapshots.ts`) and the trainer's answer key (`answerKey.ts`). The rules read the raw parsed data defensively, so they run even
 * when the schema found problems too: a trainer sees every problem of a file in one pass.
 */
import type { RuleProblem } from './document.ts';
import { say } from './messages.ts';
import { asString } from './rawData.ts';
import { accountContext } from './accountRules/context.ts';
import { checkAnswerKey } from './accountRules/answerKey.ts';
import { checkBodies, checkOpportunities } from './accountRules/bodies.ts';
import { checkHierarchy } from './accountRules/hierarchy.ts';
import { checkReferences } from './accountRules/references.ts';
import { checkSnapshots } from './accountRules/snapshots.ts';

export function checkAccountRules(data: unknown): RuleProblem[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const context = accountContext(data as Record<string, unknown>);
  checkReferences(context);
  checkBodies(context);
  checkOpportunities(context);
  checkHierarchy(context);
  checkSnapshots(context);
  checkAnswerKey(context);
  // Missing, the schema's default keeps the account out of the trainee edition: say so.
  if (context.account.confidentiality === undefined) {
    context.report(
      ['confidentiality'],
      say().noConfidentiality({ id: asString(context.account.id) ?? '?' }),
      'warning',
    );
  }
  return context.problems;
}
