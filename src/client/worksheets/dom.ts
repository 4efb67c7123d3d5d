/**
 * Tiny DOM helpers for the worksheet scripts. Text always goes in through `textContent`, never
 * `innerHTML`, so whatever a trainee types or a file contains is shown as text.
 */
import { fill } from '../../i18n/fill.ts';

export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Reads JSON the page embedded in `<script type="application/json" id=…>`. */
export function embeddedJson<T>(id: string): T | undefined {
  const text = document.getElementById(id)?.textContent;
  return text ? (JSON.parse(text) as T) : undefined;
}

export type Strings = Record<string, string>;

/** A UI string with `{slot}`s filled; the key itself when missing, so a gap is visible. */
export function say(strings: Strings, key: string, slots: Record<string, string | number> = {}): string {
  return fill(strings[key] ?? key, slots);
}
