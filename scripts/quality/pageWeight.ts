/**
 * What a page costs a visitor on a slow phone: JavaScript and CSS bytes after gzip. Counts inline
 * and linked scripts and styles, and the modules those scripts import statically (loaded before
 * anything runs). Modules loaded later with `import()` are counted separately as `lazyJs`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isExecutableScript, scanHtml } from './html.ts';
import { normaliseBase } from './linkCheck.ts';

export interface PageWeight {
  /** JavaScript run on load, gzip bytes. */
  js: number;
  /** JavaScript the page may load later with `import()`, gzip bytes (on top of `js`). */
  lazyJs: number;
  /** CSS, gzip bytes. */
  css: number;
}

export const gzipSize = (text: string | Buffer) => gzipSync(text).length;

/**
 * `import x from "./a.js"`, `export * from "./a.js"`, `import "./a.js"` and their minified forms
 * (`}from"./a.js"`, `import"./a.js"`): a module specifier after `from` or right after `import`.
 * `import(` is the dynamic form, matched apart.
 */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.m?js)["'`]/g;
// Minifiers write the specifier in any quotes, backticks included: import(`./x.js`).
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g;

export function pageWeight(dir: string, pageFile: string, base = '/'): PageWeight {
  const basePath = normaliseBase(base);
  const pageUrl = new URL(`${basePath}${pageFile.replace(/index\.html$/, '')}`, 'http://site.invalid');
  /** Built file for a URL, or undefined when it leaves the site. */
  const fileOf = (url: string, from: URL): string | undefined => {
    const target = new URL(url, from);
    if (target.origin !== pageUrl.origin || !target.pathname.startsWith(basePath)) return undefined;
    const file = target.pathname.slice(basePath.length);
    return existsSync(join(dir, file)) ? file : undefined;
  };

  const scanned = scanHtml(readFileSync(join(dir, pageFile), 'utf8'));
  let js = 0;
  let css = 0;
  const loaded = new Set<string>();
  const lazy = new Set<string>();
  const queue: { file: string; lazy: boolean }[] = [];
  const follow = (text: string, from: URL, isLazy: boolean) => {
    for (const [pattern, lazyImport] of [
      [STATIC_IMPORT, false],
      [DYNAMIC_IMPORT, true],
    ] as const) {
      for (const match of text.matchAll(pattern)) {
        const file = fileOf(match[1]!, from);
        if (file) queue.push({ file, lazy: isLazy || lazyImport });
      }
    }
  };

  for (const script of scanned.inlineScripts) {
    if (!isExecutableScript(script.type)) continue;
    js += gzipSize(script.text);
    follow(script.text, pageUrl, false);
  }
  for (const style of scanned.inlineStyles) css += gzipSize(style);
  for (const tag of scanned.tags) {
    if (tag.name === 'script' && tag.attributes.src && isExecutableScript(tag.attributes.type ?? '')) {
      const file = fileOf(tag.attributes.src, pageUrl);
      if (file) queue.push({ file, lazy: false });
    }
    if (tag.name === 'link' && /\bstylesheet\b/i.test(tag.attributes.rel ?? '') && tag.attributes.href) {
      const file = fileOf(tag.attributes.href, pageUrl);
      if (file) css += gzipSize(readFileSync(join(dir, file)));
    }
    if (tag.name === 'link' && /\bmodulepreload\b/i.test(tag.attributes.rel ?? '') && tag.attributes.href) {
      const file = fileOf(tag.attributes.href, pageUrl);
      if (file) queue.push({ file, lazy: false });
    }
  }
  // Static imports first, so a module both imported and lazily imported counts as loaded.
  queue.sort((a, b) => Number(a.lazy) - Number(b.lazy));
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (loaded.has(next.file) || (next.lazy && lazy.has(next.file))) continue;
    (next.lazy ? lazy : loaded).add(next.file);
    const text = readFileSync(join(dir, next.file), 'utf8');
    follow(text, new URL(`${basePath}${next.file}`, pageUrl), next.lazy);
  }
  for (const file of loaded) {
    js += gzipSize(readFileSync(join(dir, file)));
    lazy.delete(file);
  }
  const lazyJs = [...lazy].reduce((sum, file) => sum + gzipSize(readFileSync(join(dir, file))), 0);
  return { js, lazyJs, css };
}
