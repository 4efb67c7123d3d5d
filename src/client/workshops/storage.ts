/**
 * The facilitator's saved state in localStorage: timer per agenda or scenario, rubric scores per
 * scenario. Keys carry a version so a later shape can move old data or ignore it. Kept in this
 * one module so it can join the worksheets' store later.
 */
const PREFIX = 'kam-workbook:workshops';

export const timerKey = (id: string) => `${PREFIX}:timer:v1:${id}`;
export const rubricKey = (scenario: string) => `${PREFIX}:rubric:v1:${scenario}`;

export function load(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function save(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or a full store: the session still runs, it just will not survive a reload.
  }
}
