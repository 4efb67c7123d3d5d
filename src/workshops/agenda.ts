/**
 * Agenda arithmetic: how long the sessions add up to, whether that matches the declared length,
 * and when each session starts from a chosen start time. Pure; used by validation, pages and the
 * facilitator.
 */
import { WORKSHOP_LENGTH_MINUTES, type Workshop, type WorkshopLength } from '../schemas/workshop.ts';

export { formatClock, parseClock, timeline, type TimelineEntry } from './timeline.ts';

/** 190 → "3 h 10 min"; 45 → "45 min"; 120 → "2 h". */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '−' : '';
  const total = Math.abs(minutes);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${sign}${rest} min`;
  return rest === 0 ? `${sign}${hours} h` : `${sign}${hours} h ${rest} min`;
}

export function totalMinutes(sessions: readonly { minutes: number }[]): number {
  return sessions.reduce((sum, session) => sum + session.minutes, 0);
}

/** A problem message when the sessions do not add up to the declared length, else undefined. */
export function lengthMismatch(length: WorkshopLength, sessions: readonly { minutes: number }[]): string | undefined {
  const declared = WORKSHOP_LENGTH_MINUTES[length];
  const sum = totalMinutes(sessions);
  if (sum === declared) return undefined;
  const fix = sum > declared ? `remove ${formatMinutes(sum - declared)}` : `add ${formatMinutes(declared - sum)}`;
  return `the sessions add up to ${formatMinutes(sum)} (${sum} min) but the declared length ${length} is ${formatMinutes(declared)} (${declared} min): ${fix}`;
}

/** Scenario ids the agenda uses, in order, each once. */
export function scenariosUsed(workshop: Workshop): string[] {
  const ids = workshop.sessions.flatMap((session) => (session.kind === 'scenario' ? [session.scenario] : []));
  return [...new Set(ids)];
}

/** Worksheet kinds the agenda uses, in order, each once. */
export function worksheetsUsed(workshop: Workshop): string[] {
  const kinds = workshop.sessions.flatMap((session) => (session.kind === 'worksheet' ? [session.worksheet] : []));
  return [...new Set(kinds)];
}
