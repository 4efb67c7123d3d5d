/**
 * Rubric scores of the teams in one session: the saved shape, reading it back defensively, and
 * the results table. Pure, so the browser store and tests share it.
 */
export const RUBRIC_STORE_VERSION = 1;

export interface TeamScores {
  name: string;
  /** criterion id → level index (0 = lowest); absent = not scored yet. */
  scores: Record<string, number>;
  notes: string;
}

export interface RubricSheet {
  version: typeof RUBRIC_STORE_VERSION;
  scenario: string;
  teams: TeamScores[];
}

export const emptySheet = (scenario: string): RubricSheet => ({ version: RUBRIC_STORE_VERSION, scenario, teams: [] });

/** Keeps what is valid in a saved sheet; anything from another version or scenario starts empty. */
export function restoreSheet(
  saved: unknown,
  scenario: string,
  criteria: readonly string[],
  levels: number,
): RubricSheet {
  const sheet = emptySheet(scenario);
  if (!saved || typeof saved !== 'object') return sheet;
  const value = saved as Partial<RubricSheet>;
  if (value.version !== RUBRIC_STORE_VERSION || value.scenario !== scenario || !Array.isArray(value.teams))
    return sheet;
  for (const team of value.teams) {
    if (!team || typeof team.name !== 'string' || team.name.trim() === '') continue;
    const scores: Record<string, number> = {};
    for (const id of criteria) {
      const level = team.scores?.[id];
      if (typeof level === 'number' && Number.isInteger(level) && level >= 0 && level < levels) scores[id] = level;
    }
    sheet.teams.push({ name: team.name.trim(), scores, notes: typeof team.notes === 'string' ? team.notes : '' });
  }
  return sheet;
}

/** Points per team: level index + 1 per scored criterion; `complete` once every criterion is scored. */
export function results(sheet: RubricSheet, criteria: readonly string[]) {
  return sheet.teams.map((team) => {
    const scored = criteria.filter((id) => team.scores[id] !== undefined);
    return {
      name: team.name,
      total: scored.reduce((sum, id) => sum + team.scores[id]! + 1, 0),
      complete: scored.length === criteria.length,
    };
  });
}
