/**
 * The header search box: `/` focuses it, results appear as you type, grouped and highlighted;
 * arrow keys move through them, Escape closes. The index is fetched once, on first use.
 * All text goes in with textContent: nothing from the index is parsed as HTML. The search engine
 * (fuse.js) is imported with the index, so a page that nobody searches on never loads it.
 */
import type { SearchHit } from '../../search/engine.ts';
import type { SearchRecord } from '../../search/types.ts';
import { el, say, type Strings } from '../dom.ts';

const RESULT_LIMIT = 20;

export function initSearch(root = document.querySelector<HTMLElement>('[data-search]')): void {
  if (!root) return;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const panel = root.querySelector<HTMLElement>('.search-results')!;
  const status = panel.querySelector<HTMLElement>('.search-results__status')!;
  const groupsBox = panel.querySelector<HTMLElement>('.search-results__groups')!;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;

  let search: ((query: string, limit?: number) => SearchHit[]) | undefined;
  let engine: Engine | undefined;
  let loading: Promise<void> | undefined;
  let failed = false;

  const load = () =>
    (loading ??= Promise.all([
      fetch(root.dataset.index!).then((response) => {
        if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
        return response.json() as Promise<SearchRecord[]>;
      }),
      import('../../search/engine.ts'),
    ])
      .then(([records, loaded]) => {
        engine = loaded;
        search = loaded.createSearch(records);
      })
      .catch(() => {
        failed = true;
      })
      .then(render));

  const links = () => [...groupsBox.querySelectorAll<HTMLAnchorElement>('a')];
  const open = (yes: boolean) => {
    panel.hidden = !yes;
  };

  function render(): void {
    const query = input.value.trim();
    groupsBox.replaceChildren();
    if (query === '') return open(false);
    open(true);
    if (failed) return void (status.textContent = say(strings, 'shell.search.failed'));
    if (!search || !engine) return void (status.textContent = say(strings, 'shell.search.loading'));
    const ready = engine;
    const hits = search(query, RESULT_LIMIT);
    status.textContent =
      hits.length === 0
        ? say(strings, 'shell.search.empty', { q: query })
        : say(strings, 'shell.search.count', { n: hits.length });
    for (const group of ready.groupHits(hits)) {
      const titleId = `search-group-${group.kind}`;
      groupsBox.append(
        el(
          'section',
          { class: 'search-group', 'data-kind': group.kind },
          el('p', { class: 'search-group__title', id: titleId }, say(strings, `shell.search.group.${group.kind}`)),
          el('ul', { 'aria-labelledby': titleId }, ...group.hits.map(({ record }) => resultItem(ready, record, query))),
        ),
      );
    }
  }

  input.addEventListener('focus', () => {
    void load();
    if (input.value.trim() !== '') render();
  });
  input.addEventListener('input', () => {
    void load();
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Enter') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.click();
      }
    } else if (event.key === 'Escape') {
      open(false);
    }
  });
  panel.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      open(false);
      input.focus();
    }
  });
  // Close when focus or a click leaves the search box.
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) open(false);
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

type Engine = typeof import('../../search/engine.ts');

function resultItem(engine: Engine, record: SearchRecord, query: string): HTMLLIElement {
  const detail = record.context || engine.excerpt(record.text, query);
  return el(
    'li',
    {},
    el(
      'a',
      { href: record.url, class: 'search-result' },
      el('span', { class: 'search-result__title' }, ...marked(engine, record.title, query)),
      detail && el('span', { class: 'search-result__context' }, ...marked(engine, detail, query)),
    ),
  );
}

function marked(engine: Engine, text: string, query: string): Node[] {
  return engine
    .highlight(text, query)
    .map((fragment) => (fragment.match ? el('mark', {}, fragment.text) : document.createTextNode(fragment.text)));
}
