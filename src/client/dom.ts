/**
 * The DOM helpers every browser script shares (maps, worksheets, search, facilitator mode).
 * Text always goes in through `textContent` or text nodes, never `innerHTML`, so whatever a
 * trainee types, a file contains or a case file says is shown as text.
 */
import { fill } from '../i18n/fill.ts';
import type { UiKey } from '../i18n/ui.ts';

export type Child = Node | string | null | undefined | false;

/** An element with attributes (`true` sets an empty one; `false`/undefined skip it) and children. */
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

/** A select of `[value, text]` options that calls `onChange` with the chosen value. */
export function selectOf(
  attributes: Record<string, string | number | boolean | undefined>,
  options: readonly (readonly [string, string])[],
  onChange: (value: string) => void = () => {},
): HTMLSelectElement {
  const control = el('select', attributes, ...options.map(([value, text]) => el('option', { value }, text)));
  control.addEventListener('change', () => onChange(control.value));
  return control;
}

/** Reads JSON the page embedded in `<script type="application/json" id=…>`. */
export function embeddedJson<T>(id: string): T | undefined {
  return parsedText<T>(document.getElementById(id));
}

/** Reads JSON embedded in the first `<script type="application/json">` under `root` matching `selector`. */
export function embeddedJsonIn<T>(root: ParentNode, selector: string): T | undefined {
  return parsedText<T>(root.querySelector(selector));
}

function parsedText<T>(element: Element | null): T | undefined {
  const text = element?.textContent;
  return text ? (JSON.parse(text) as T) : undefined;
}

/** The UI strings a page hands its script: a slice of the zh/en dictionaries, keyed the same. */
export type Strings = Partial<Record<UiKey, string>>;

/** A UI string with `{slot}`s filled; the key itself when missing, so a gap is visible. */
export function say(strings: Strings, key: UiKey, slots: Record<string, string | number> = {}): string {
  return fill(strings[key] ?? key, slots);
}

/** Offers `blob` to the reader as a file download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; the URL is freed a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers `value` as a JSON file download, indented for a person to read. */
export function downloadJson(fileName: string, value: unknown): void {
  downloadBlob(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }), fileName);
}
