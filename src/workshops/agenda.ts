/**
 * Agenda arithmetic: how long the sessions add up to, whether that matches the declared length,
 * and when each session starts from a chosen start time. Pure; used by validation, pages and the
 * facilitator.
 */
import { WORKSHOP_LENGTH_MINUTES, type Workshop, type WorkshopLength } from '../schemas/workshop.ts';

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

/** "09:30" → minutes after midnight. */
export function parseClock(value: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

/** Minutes after midnight → "HH:MM" (wraps past midnight). */
export function formatClock(minutesOfDay: number): string {
  const wrapped = ((minutesOfDay % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

export interface TimelineEntry<T> {
  session: T;
  start: string;
  end: string;
  /** Minutes from the start of the workshop. */
  offset: number;
}

/** Start and end time of every session when the workshop starts at `start` (HH:MM). */
export function timeline<T extends { minutes: number }>(sessions: readonly T[], start: string): TimelineEntry<T>[] {
  const first = parseClock(start);
  if (first === undefined) throw new Error(`expected a start time as HH:MM; found "${start}"`);
  let offset = 0;
  return sessions.map((session) => {
    const entry = {
      session,
      start: formatClock(first + offset),
      end: formatClock(first + offset + session.minutes),
      offset,
    };
    offset += session.minutes;
    return entry;
  });
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
