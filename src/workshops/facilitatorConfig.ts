/** What the facilitator page hands to its browser script (serialised as JSON in the page). */
import type { UiKey } from '../i18n/ui.ts';

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
  /** The UI strings the script shows, from the zh/en dictionaries. */
  labels: Partial<Record<UiKey, string>>;
}
