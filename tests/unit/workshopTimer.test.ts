import { describe, expect, it } from 'vitest';
import {
  MINUTE_MS,
  addMinute,
  back,
  formatCountdown,
  initialTimer,
  isOver,
  pause,
  remainingMs,
  restoreTimer,
  skip,
  start,
} from '../../src/workshops/timer.ts';

const plan = [10, 20, 15];
const T0 = 1_700_000_000_000;

describe('facilitator timer', () => {
  it('counts down from the stage duration only while running', () => {
    let state = initialTimer();
    expect(remainingMs(state, plan, T0 + 5 * MINUTE_MS)).toBe(10 * MINUTE_MS);
    state = start(state, T0);
    expect(remainingMs(state, plan, T0 + 4 * MINUTE_MS)).toBe(6 * MINUTE_MS);
    state = pause(state, T0 + 4 * MINUTE_MS);
    expect(remainingMs(state, plan, T0 + 60 * MINUTE_MS)).toBe(6 * MINUTE_MS);
    state = start(state, T0 + 60 * MINUTE_MS);
    expect(remainingMs(state, plan, T0 + 61 * MINUTE_MS)).toBe(5 * MINUTE_MS);
  });

  it('signals the end and keeps counting into overtime', () => {
    const state = start(initialTimer(), T0);
    expect(isOver(state, plan, T0 + 10 * MINUTE_MS - 1)).toBe(false);
    expect(isOver(state, plan, T0 + 10 * MINUTE_MS)).toBe(true);
    expect(formatCountdown(remainingMs(state, plan, T0 + 11 * MINUTE_MS))).toBe('−01:00');
  });

  it('adds one minute to the current stage', () => {
    const state = addMinute(start(initialTimer(), T0));
    expect(remainingMs(state, plan, T0)).toBe(11 * MINUTE_MS);
  });

  it('skips to the next stage, keeps running, and finishes after the last', () => {
    let state = start(initialTimer(), T0);
    state = skip(state, plan, T0 + MINUTE_MS);
    expect(state).toMatchObject({ stage: 1, status: 'running' });
    expect(remainingMs(state, plan, T0 + 2 * MINUTE_MS)).toBe(19 * MINUTE_MS);
    state = skip(skip(state, plan, T0), plan, T0);
    expect(state.status).toBe('done');
    expect(skip(state, plan, T0)).toBe(state);
    expect(back(state)).toMatchObject({ stage: 2, status: 'ready' });
  });

  it('resumes after a reload from the saved start timestamp', () => {
    const saved = JSON.parse(JSON.stringify(start(initialTimer(), T0)));
    const restored = restoreTimer(saved, plan);
    expect(remainingMs(restored, plan, T0 + 3 * MINUTE_MS)).toBe(7 * MINUTE_MS);
  });

  it('starts afresh from a damaged or outdated saved state', () => {
    expect(restoreTimer('nonsense', plan)).toEqual(initialTimer());
    expect(restoreTimer({ stage: 7, status: 'paused', spentMs: 0, extraMs: 0 }, plan)).toEqual(initialTimer());
    expect(restoreTimer({ stage: 0, status: 'running' }, plan)).toEqual(initialTimer());
  });

  it('shows whole seconds rounded up, so 00:00 means time is up', () => {
    expect(formatCountdown(125_000)).toBe('02:05');
    expect(formatCountdown(500)).toBe('00:01');
    expect(formatCountdown(0)).toBe('00:00');
  });
});
