/** An element as markup text, for HTML and SVG built as strings outside Astro's templates (the grids). */
import { escapeHtml } from './escapeHtml.ts';

/** An element with attributes (undefined ones left out, the others escaped) and already-escaped content. */
export function tag(name: string, attributes: Record<string, string | number | undefined>, content = ''): string {
  const written = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeHtml(String(value))}"`)
    .join('');
  return `<${name}${written}>${content}</${name}>`;
}
