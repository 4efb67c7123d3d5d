/**
 * A small, forgiving reader for the HTML our own build writes: tags with their attributes and
 * line numbers, element ids, and inline scripts and styles. Enough for link checking and page
 * weight without a DOM library; html-validate checks that the HTML is well formed.
 */

export interface Tag {
  name: string;
  attributes: Record<string, string>;
  line: number;
}

export interface ScannedHtml {
  tags: Tag[];
  /** Every `id` (and `<a name>`) on the page: the targets of `#fragment` links. */
  ids: Set<string>;
  inlineScripts: { type: string; text: string }[];
  inlineStyles: string[];
}

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const RAW_TEXT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code =
        entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** Keeps the newlines of a blanked-out stretch, so line numbers after it stay right. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

export function scanHtml(html: string): ScannedHtml {
  const inlineScripts: ScannedHtml['inlineScripts'] = [];
  const inlineStyles: string[] = [];
  // Script and style bodies and comments are not markup: blank them before reading tags.
  const markup = html
    .replace(COMMENT, blank)
    .replace(RAW_TEXT, (whole, name: string, attributes: string, body: string) => {
      if (body.trim()) {
        if (name.toLowerCase() === 'style') inlineStyles.push(body);
        else
          inlineScripts.push({
            type: (/\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1] ?? '').toLowerCase(),
            text: body,
          });
      }
      const opening = whole.slice(0, whole.indexOf('>') + 1);
      return opening + blank(whole.slice(opening.length, whole.length - `</${name}>`.length)) + `</${name}>`;
    });

  const tags: Tag[] = [];
  const ids = new Set<string>();
  let line = 1;
  let counted = 0;
  for (const match of markup.matchAll(TAG)) {
    for (let index = counted; index < match.index; index++) if (markup.charCodeAt(index) === 10) line++;
    counted = match.index;
    const attributes: Record<string, string> = {};
    for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      attributes[attribute[1]!.toLowerCase()] = decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
    }
    const name = match[1]!.toLowerCase();
    tags.push({ name, attributes, line });
    if (attributes.id) ids.add(attributes.id);
    if (name === 'a' && attributes.name) ids.add(attributes.name);
  }
  return { tags, ids, inlineScripts, inlineStyles };
}

/** Script types a browser runs; JSON data islands (`application/json`) are data, not code. */
export function isExecutableScript(type: string): boolean {
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}
