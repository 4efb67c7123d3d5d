/** An element as markup text, for HTML and SVG built as strings outside Astro's templates (the grids). */
import { escapeHtml } from './escapeHtml.ts';

/** An element with attributes (undefined ones left out, the others escaped) and already-escaped content. */
export function tag(name: string, attributes: Record<string, string | number | undefined>, content = ''): string {
  // One loop appending to a string, not entries, filter, map and join: a build writes every chip
  // and cell of two grids per account page this way.
  let written = '';
  for (const key in attributes) {
    const value = attributes[key];
    if (value !== undefined) written += ` ${key}="${escapeHtml(String(value))}"`;
  }
  return `<${name}${written}>${content}</${name}>`;
}
