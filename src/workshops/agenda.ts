/**
 * Agenda arithmetic: how long the sessions add up to and when each session starts from a chosen start time. Pure; used by validation, pages and the
 * facilitator.
 */
import type { Workshop } from '../schemas/workshop.ts';

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
