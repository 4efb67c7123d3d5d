/** What the facilitator page hands to its browser script (serialised as JSON in the page). */
export interface FacilitatorStage {
  title: string;
  kind: string;
  minutes: number;
  prompts: string[];
}

export interface FacilitatorRubric {
  scenario: string;
  levels: string[];
  criteria: { id: string; title: string }[];
}

export interface FacilitatorConfig {
  /** Storage id of the timer: `workshop:<id>` or `scenario:<id>`. */
  id: string;
  stages: FacilitatorStage[];
  rubric?: FacilitatorRubric;
  labels: Record<string, string>;
}

/**
 * JSON safe to place inside `<script type="application/json">`: trainers' text may contain
 * `</script>` or `<!--`, which would end or break the element, so every `<` is escaped, and
 * the two line separators old parsers choke on too.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
