/** Turns a scenario or a workshop into the stages the facilitator runs. Pure. */
import type { Scenario } from '../schemas/scenario.ts';
import type { Workshop } from '../schemas/workshop.ts';
import type { FacilitatorRubric, FacilitatorStage } from './facilitatorConfig.ts';

type Label = (key: string) => string;

/** Debrief stages show the debrief questions; meetings show the observer checklist. */
export function scenarioStages(scenario: Scenario, label: Label): FacilitatorStage[] {
  return scenario.stages.map((stage) => ({
    title: stage.title,
    kind: label(`scenario.stage.${stage.kind}`),
    minutes: stage.minutes,
    prompts:
      stage.kind === 'debrief'
        ? scenario.debriefQuestions
        : stage.kind === 'meeting'
          ? scenario.observerChecklist
          : stage.instructions
            ? [stage.instructions]
            : [],
  }));
}

export function scenarioRubric(scenario: Scenario): FacilitatorRubric {
  return {
    scenario: scenario.id,
    levels: scenario.rubric.levels,
    criteria: scenario.rubric.criteria.map(({ id, title }) => ({ id, title })),
  };
}

/** A workshop session per stage; role plays bring their debrief questions along. */
export function workshopStages(
  workshop: Workshop,
  label: Label,
  scenarioById: (id: string) => Scenario | undefined,
): FacilitatorStage[] {
  return workshop.sessions.map((session) => {
    const scenario = session.kind === 'scenario' ? scenarioById(session.scenario) : undefined;
    const prompts = [
      ...(session.notes ? [session.notes] : []),
      ...(session.trainer?.notes ? [session.trainer.notes] : []),
      ...(scenario ? scenario.debriefQuestions : []),
    ];
    return { title: session.title, kind: label(`workshop.kind.${session.kind}`), minutes: session.minutes, prompts };
  });
}
