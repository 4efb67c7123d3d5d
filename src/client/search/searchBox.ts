/**
 * The header search box: `/` focuses it, results appear as you type, grouped and highlighted;
 * arrow keys move through them, Escape closes. The index is fetched once, on first use.
 * All text goes in with textContent: nothing from the index is parsed as HTML.
 */
import { fill } from '../../i18n/fill.ts';
import { createSearch, excerpt, groupHits, highlight, type SearchHit } from '../../search/engine.ts';
import type { SearchKind, SearchRecord } from '../../search/types.ts';

type Strings = Record<'loading' | 'failed' | 'empty' | 'count' | SearchKind, string>;

const RESULT_LIMIT = 20;

export function initSearch(root = document.querySelector<HTMLElement>('[data-search]')): void {
  if (!root) return;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const panel = root.querySelector<HTMLElement>('.search-results')!;
  const status = panel.querySelector<HTMLElement>('.search-results__status')!;
  const groupsBox = panel.querySelector<HTMLElement>('.search-results__groups')!;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;

  let search: ((query: string, limit?: number) => SearchHit[]) | undefined;
  let loading: Promise<void> | undefined;
  let failed = false;

  const load = () =>
    (loading ??= fetch(root.dataset.index!)
      .then((response) => {
        if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
        return response.json() as Promise<SearchRecord[]>;
      })
      .then((records) => {
        search = createSearch(records);
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
    if (failed) return void (status.textContent = strings.failed);
    if (!search) return void (status.textContent = strings.loading);
    const hits = search(query, RESULT_LIMIT);
    status.textContent =
      hits.length === 0 ? fill(strings.empty, { q: query }) : fill(strings.count, { n: hits.length });
    for (const group of groupHits(hits)) {
      const section = document.createElement('section');
      section.className = 'search-group';
      section.dataset.kind = group.kind;
      const title = document.createElement('p');
      title.className = 'search-group__title';
      title.id = `search-group-${group.kind}`;
      title.textContent = strings[group.kind];
      const list = document.createElement('ul');
      list.setAttribute('aria-labelledby', title.id);
      for (const { record } of group.hits) list.append(resultItem(record, query));
      section.append(title, list);
      groupsBox.append(section);
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

function resultItem(record: SearchRecord, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = record.url;
  link.className = 'search-result';
  const title = document.createElement('span');
  title.className = 'search-result__title';
  title.append(...marked(record.title, query));
  link.append(title);
  const detail = record.context || excerpt(record.text, query);
  if (detail) {
    const context = document.createElement('span');
    context.className = 'search-result__context';
    context.append(...marked(detail, query));
    link.append(context);
  }
  item.append(link);
  return item;
}

function marked(text: string, query: string): Node[] {
  return highlight(text, query).map((fragment) => {
    if (!fragment.match) return document.createTextNode(fragment.text);
    const mark = document.createElement('mark');
    mark.textContent = fragment.text;
    return mark;
  });
}
