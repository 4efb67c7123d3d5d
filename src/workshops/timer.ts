/**
 * The facilitator's countdown as a pure state machine. Time is always passed in (`now`, epoch
 * ms), so tests drive it with a fake clock and a reload can resume it from the saved state: a
 * running stage stores when it started, never a ticking counter.
 */
export type TimerStatus = 'ready' | 'running' | 'paused' | 'done';

export interface TimerState {
  /** Index of the current stage in the plan. */
  stage: number;
  status: TimerStatus;
  /** Epoch ms when the current run started (running only). */
  runningSince?: number;
  /** Ms already spent on this stage before the current run. */
  spentMs: number;
  /** Extra ms granted to this stage (+1 min). */
  extraMs: number;
}

/** Durations of the stages, in minutes. */
export type TimerPlan = readonly number[];

export const MINUTE_MS = 60_000;

export const initialTimer = (): TimerState => ({ stage: 0, status: 'ready', spentMs: 0, extraMs: 0 });

export function elapsedMs(state: TimerState, now: number): number {
  const running = state.status === 'running' && state.runningSince !== undefined ? now - state.runningSince : 0;
  return state.spentMs + Math.max(0, running);
}

/** Ms left on the current stage; negative once it has run over. */
export function remainingMs(state: TimerState, plan: TimerPlan, now: number): number {
  const duration = (plan[state.stage] ?? 0) * MINUTE_MS + state.extraMs;
  return duration - elapsedMs(state, now);
}

/** True when the current stage's time is up (the end signal shows). */
export function isOver(state: TimerState, plan: TimerPlan, now: number): boolean {
  return state.status !== 'done' && state.status !== 'ready' && remainingMs(state, plan, now) <= 0;
}

export function start(state: TimerState, now: number): TimerState {
  if (state.status === 'running' || state.status === 'done') return state;
  return { ...state, status: 'running', runningSince: now };
}

export function pause(state: TimerState, now: number): TimerState {
  if (state.status !== 'running') return state;
  return { ...state, status: 'paused', spentMs: elapsedMs(state, now), runningSince: undefined };
}

export function toggle(state: TimerState, now: number): TimerState {
  return state.status === 'running' ? pause(state, now) : start(state, now);
}

export function addMinute(state: TimerState): TimerState {
  if (state.status === 'done') return state;
  return { ...state, extraMs: state.extraMs + MINUTE_MS };
}

/** Moves to the next stage; it starts running at once when the current one was running. */
export function skip(state: TimerState, plan: TimerPlan, now: number): TimerState {
  if (state.status === 'done') return state;
  const next = state.stage + 1;
  if (next >= plan.length) return { stage: plan.length - 1, status: 'done', spentMs: 0, extraMs: 0 };
  const keepRunning = state.status === 'running';
  return {
    stage: next,
    status: keepRunning ? 'running' : 'ready',
    runningSince: keepRunning ? now : undefined,
    spentMs: 0,
    extraMs: 0,
  };
}

/** Back to the previous stage, ready to start. */
export function back(state: TimerState): TimerState {
  return {
    stage: Math.max(0, state.status === 'done' ? state.stage : state.stage - 1),
    status: 'ready',
    spentMs: 0,
    extraMs: 0,
  };
}

/** Reads a saved state defensively: anything unexpected starts afresh rather than breaking the page. */
export function restoreTimer(saved: unknown, plan: TimerPlan): TimerState {
  if (!saved || typeof saved !== 'object') return initialTimer();
  const value = saved as Partial<TimerState>;
  const statuses: readonly TimerStatus[] = ['ready', 'running', 'paused', 'done'];
  const numberOr = (input: unknown, fallback: number) =>
    typeof input === 'number' && Number.isFinite(input) ? input : fallback;
  const stage = numberOr(value.stage, 0);
  if (!Number.isInteger(stage) || stage < 0 || stage >= plan.length) return initialTimer();
  if (!statuses.includes(value.status as TimerStatus)) return initialTimer();
  const status = value.status as TimerStatus;
  if (status === 'running' && typeof value.runningSince !== 'number') return initialTimer();
  return {
    stage,
    status,
    runningSince: status === 'running' ? value.runningSince : undefined,
    spentMs: Math.max(0, numberOr(value.spentMs, 0)),
    extraMs: Math.max(0, numberOr(value.extraMs, 0)),
  };
}

/** 125_000 → "02:05"; −65_000 → "−01:05" (overtime). Rounds up so 0 shows only when time is up. */
export function formatCountdown(ms: number): string {
  const over = ms < 0;
  const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const text = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  return over && seconds > 0 ? `−${text}` : text;
}
