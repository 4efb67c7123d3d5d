/**
 * Clock times of an agenda: when each session starts and ends from a chosen start time. Pure and
 * free of imports, so the agenda page's browser script stays small.
 */
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
