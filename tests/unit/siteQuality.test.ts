import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { onePagePerType, pageTypeOf, urlOfFile } from '../../scripts/quality/builtSite.ts';
import { decodeEntities, scanHtml } from '../../scripts/quality/html.ts';
import { checkLinks } from '../../scripts/quality/linkCheck.ts';
import { gzipSize, pageWeight } from '../../scripts/quality/pageWeight.ts';
import { checkBudgets } from '../../scripts/quality/sizeBudgets.ts';

let site: string | undefined;

/** A tiny built site in a temporary folder: `{ 'a/index.html': '<html>…' }`. */
function builtSite(files: Record<string, string>): string {
  site = mkdtempSync(join(tmpdir(), 'kam-site-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    writeFileSync(join(site, file), text);
  }
  return site;
}

const page = (body: string, head = '') =>
  `<!DOCTYPE html>\n<html lang="zh-CN">\n<head><title>t</title>${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;

afterEach(() => {
  if (site) rmSync(site, { recursive: true, force: true });
  site = undefined;
});

describe('page types of a built site', () => {
  it('names a page by its URL and groups pages that share a route', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('accounts/city-bank/index.html')).toBe('/accounts/city-bank/');
    expect(urlOfFile('404.html')).toBe('/404.html');
    expect(pageTypeOf('/')).toBe('/');
    expect(pageTypeOf('/accounts/')).toBe('/accounts/');
    expect(pageTypeOf('/accounts/city-bank/')).toBe('/accounts/*/');
    expect(pageTypeOf('/workshops/day-1/scenarios/a/')).toBe('/workshops/*/*/*/');
  });

  it('picks one page of each type, the first by path', () => {
    const dir = builtSite({
      'index.html': page(''),
      'accounts/index.html': page(''),
      'accounts/b/index.html': page(''),
      'accounts/a/index.html': page(''),
    });
    expect(onePagePerType(dir).map((built) => built.url)).toEqual(['/accounts/a/', '/accounts/', '/']);
  });
});

describe('the HTML scanner', () => {
  it('reads attributes with their line and ignores markup inside scripts and comments', () => {
    const scanned = scanHtml(
      '<p id="top">\n<!-- <a href="/commented/"> -->\n<script>const s = \'<a href="/in-script/">\';</script>\n<a href=\'/x/?a=1&amp;b=2\' id=unquoted>x</a>',
    );
    const links = scanned.tags.filter((tag) => tag.name === 'a');
    expect(links).toEqual([{ name: 'a', attributes: { href: '/x/?a=1&b=2', id: 'unquoted' }, line: 4 }]);
    expect([...scanned.ids]).toEqual(['top', 'unquoted']);
    expect(scanned.inlineScripts).toHaveLength(1);
  });

  it('decodes named and numeric character references', () => {
    expect(decodeEntities('&lt;a&gt; &#38; &#x4e2d;&quot;')).toBe('<a> & 中"');
  });
});

describe('the internal link checker', () => {
  it('accepts links to built pages, files and existing fragments, and skips other sites', () => {
    const dir = builtSite({
      'index.html': page(
        '<a href="/accounts/">all</a> <a href="accounts/a/#person-p1">p1</a> <a href="#main">skip</a>\n' +
          '<a href="https://example.com/x">out</a> <a href="mailto:a@b.c">mail</a> <img src="/_astro/logo.svg" alt="">',
        '<link rel="stylesheet" href="/_astro/site.css">',
      ),
      'accounts/index.html': page('<main id="main"><a href="../">home</a> <a href="./a/">a</a></main>'),
      'accounts/a/index.html': page(
        '<main id="main"><tr id="person-p1"></tr><a href="/accounts/a/#main">top</a></main>',
      ),
      '_astro/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      '_astro/site.css': 'body{}',
    });
    expect(checkLinks(dir)).toEqual([
      { file: 'index.html', line: 5, link: '#main', message: expect.stringMatching(/no element/) },
    ]);
  });

  it('reports a missing page, a missing file and a missing fragment, each with its page and line', () => {
    const dir = builtSite({
      'index.html': page(
        '<a href="/chapters/">chapters</a>\n<script type="module" src="/_astro/gone.js"></script>\n<a href="/#nowhere">x</a>',
      ),
    });
    expect(
      checkLinks(dir).map((problem) => `${problem.file}:${problem.line} ${problem.link}: ${problem.message}`),
    ).toEqual([
      'index.html:5 /chapters/: points at /chapters/, which is not in the built site',
      'index.html:6 /_astro/gone.js: points at /_astro/gone.js, which is not in the built site',
      'index.html:7 /#nowhere: points at #nowhere, but index.html has no element with that id',
    ]);
  });

  it('under a base path, accepts links that carry it and rejects root links that forget it', () => {
    const dir = builtSite({
      'index.html': page(
        '<a href="/kam/accounts/">ok</a> <a href="accounts/">relative ok</a>\n<a href="/accounts/">forgot the base</a>',
      ),
      'accounts/index.html': page('<a href="/kam/">home</a> <a href="../">home</a>'),
    });
    const problems = checkLinks(dir, '/kam/');
    expect(problems).toEqual([
      {
        file: 'index.html',
        line: 6,
        link: '/accounts/',
        message: 'points outside the base path /kam/: expected a link that starts with /kam/',
      },
    ]);
    expect(checkLinks(dir, 'kam')).toEqual(problems);
  });

  it('checks every search result and the search box index URL as links, under the base path', () => {
    const dir = builtSite({
      'index.html': page(
        '<div data-search data-index="/kam/search-index.json"></div>\n<div data-index="/search-index.json"></div>',
      ),
      'accounts/a/index.html': page('<tr id="person-p1"></tr>'),
      'search-index.json': JSON.stringify([
        { url: '/kam/accounts/a/#person-p1' },
        { url: '/accounts/a/' },
        { url: '/kam/accounts/a/#person-gone' },
        { url: '/kam/chapters/gone/' },
      ]),
    });
    expect(
      checkLinks(dir, '/kam/').map((problem) => `${problem.file}:${problem.line} ${problem.link}: ${problem.message}`),
    ).toEqual([
      'index.html:6 /search-index.json: points outside the base path /kam/: expected a link that starts with /kam/',
      'search-index.json:2 /accounts/a/: points outside the base path /kam/: expected a link that starts with /kam/',
      'search-index.json:3 /kam/accounts/a/#person-gone: points at #person-gone, but accounts/a/index.html has no element with that id',
      'search-index.json:4 /kam/chapters/gone/: points at /kam/chapters/gone/, which is not in the built site',
    ]);
  });
});

describe('page weight and size budgets', () => {
  const script = 'export const answer = 42;';
  const chunk = 'import { answer } from "./shared.js"; console.log(answer); import("./lazy.js");';
  const files = () => ({
    'index.html': page(
      '<script type="module" src="/_astro/page.js"></script><script type="application/json" id="seed">{"a":1}</script><script>console.log(1)</script>',
      '<link rel="stylesheet" href="/_astro/site.css"><style>p{color:red}</style>',
    ),
    '_astro/page.js': chunk,
    '_astro/shared.js': script,
    '_astro/lazy.js': 'export default 1;',
    '_astro/site.css': 'body{margin:0}',
  });

  it('counts linked, inline and statically imported code, and lazy imports apart; JSON data is not code', () => {
    const dir = builtSite(files());
    expect(pageWeight(dir, 'index.html')).toEqual({
      js: gzipSize('console.log(1)') + gzipSize(chunk) + gzipSize(script),
      lazyJs: gzipSize('export default 1;'),
      css: gzipSize('body{margin:0}') + gzipSize('p{color:red}'),
    });
  });

  it('follows the static imports of minified modules, named, side-effect and re-export alike', () => {
    const minified = {
      'index.html': page('<script type="module" src="/_astro/page.js"></script>'),
      '_astro/page.js':
        'import{a as e}from"./named.js";import"./effect.js";export*from"./again.js";import(`./lazy.js`);',
      '_astro/named.js': 'export const a=1;',
      '_astro/effect.js': 'import{b}from"./deep.js";console.log(b);',
      '_astro/deep.js': 'export const b=2;',
      '_astro/again.js': 'export const c=3;',
      '_astro/lazy.js': 'export default 1;',
    };
    const dir = builtSite(minified);
    const size = (file: keyof typeof minified) => gzipSize(minified[file]);
    expect(pageWeight(dir, 'index.html')).toEqual({
      js:
        size('_astro/page.js') +
        size('_astro/named.js') +
        size('_astro/effect.js') +
        size('_astro/deep.js') +
        size('_astro/again.js'),
      lazyJs: size('_astro/lazy.js'),
      css: 0,
    });
  });

  it('flags each page over the budget of its type', () => {
    const dir = builtSite(files());
    expect(checkBudgets(dir)).toEqual([]);
    const heavy = () => ({ js: 16 * 1024, lazyJs: 0, css: 100 });
    expect(checkBudgets(dir, '/', heavy)).toEqual([
      { file: 'index.html', kind: 'js', found: 16 * 1024, budget: 15 * 1024 },
    ]);
  });
});
