/**
 * Brings one map frame to life: the map comes drawn in the page; this redraws it after a filter,
 * layer or date change (with the build's own renderer) and adds our own interaction to the SVG
 * (select a person by click, tap or keyboard → detail panel; search; zoom; full screen; download).
 * All text reaches the page through textContent or the builders' escaping.
 */
import { accountAt, summariseSnapshot } from '../../analysis/timeline.ts';
import { buildMapDiagram, isFlowchart } from '../../maps/mapFrame.ts';
import type { Diagram, MapHighlight, PersonFilter } from '../../maps/mapData.ts';
import type { MapPayload, SharedMapData } from '../../maps/mapPayload.ts';
import { MAP_LAYERS, type MapLayer } from '../../maps/relationshipMap.ts';
import type { Account } from '../../schemas/account.ts';
import type { UiKey } from '../../i18n/ui.ts';
import { createLabels } from '../../i18n/labels.ts';
import { el, say, type Strings } from '../dom.ts';
import { downloadPng, downloadSvg } from './exportImage.ts';
import { preloadRenderer, renderDiagram } from './renderDiagram.ts';

const ZOOM_STEP = 1.25;
const MIN_FIT = 0.8;

/** What a live frame is given to show: its payload, the units its filter offers, and a grid's SVG. */
export interface LiveMap {
  payload: MapPayload;
  units: readonly { id: string; name: string }[];
  /** The grid's markup (src/maps/gridSvg.ts), for the power–interest and MAN grids. */
  gridSvg?: string;
}

/** Shows a new state in a frame; resolves once it is drawn. */
type ShowLiveMap = (live: LiveMap) => Promise<void>;
const liveFrames = new WeakMap<HTMLElement, ShowLiveMap>();

export function initMapFrame(frame: HTMLElement): void {
  const payload = JSON.parse(frame.querySelector('script[data-map-payload]')!.textContent!) as MapPayload;
  const shared = frame.dataset.sharedRef ? document.getElementById(frame.dataset.sharedRef) : null;
  if (shared) Object.assign(payload, JSON.parse(shared.textContent!) as SharedMapData);
  const canvas = frame.querySelector<HTMLElement>('[data-canvas]')!;
  const status = frame.querySelector<HTMLElement>('[data-status]')!;
  const panel = frame.querySelector<HTMLElement>('[data-panel]')!;
  const strings = JSON.parse(frame.dataset.strings ?? '{}') as Strings;
  const labels = createLabels(strings);
  const phrase = (key: UiKey, n?: number) => say(strings, key, n === undefined ? {} : { n });
  let svg: SVGSVGElement | null = canvas.querySelector('svg');
  let zoom = 1;
  let lastFocused: Element | null = null;
  let drawing = Promise.resolve();

  const filter = (): PersonFilter => {
    const result: Record<string, string[]> = {};
    frame.querySelectorAll<HTMLSelectElement>('select[data-filter]').forEach((select) => {
      if (select.value) result[select.dataset.filter!] = [select.value];
    });
    return result as PersonFilter;
  };
  const layers = (): MapLayer[] =>
    MAP_LAYERS.filter((layer) => frame.querySelector<HTMLInputElement>(`input[data-layer="${layer}"]`)?.checked);
  const snapshotIndex = () => Number(frame.querySelector<HTMLSelectElement>('select[data-snapshot]')?.value ?? -1);
  const nameOf = (id: string) => payload.details[id]?.name ?? id;

  /** The map data at the chosen date, and what changed at that date. */
  function dataAtChosenDate(): { data: MapPayload['data']; highlight?: MapHighlight; note: string } {
    const index = snapshotIndex();
    const snapshot = payload.snapshots[index];
    if (!snapshot) return { data: payload.data, note: '' };
    // accountAt reads only people, relationships and snapshots: the embedded subset has them.
    const then = accountAt({ ...payload.data, snapshots: payload.snapshots } as unknown as Account, snapshot.date);
    const summary = summariseSnapshot(snapshot);
    const parts = [
      ['maps.snapshot.arrived', summary.arrived],
      ['maps.snapshot.left', summary.left],
      ['maps.snapshot.support', summary.supportChanged],
      ['maps.snapshot.closeness', summary.closenessChanged],
      ['maps.snapshot.reporting', summary.reportingChanged],
    ] as const;
    const said = parts
      .filter(([, ids]) => ids.length > 0)
      .map(([key, ids]) => labels.colon(phrase(key), labels.list(ids.map(nameOf))));
    const note = `${labels.say('maps.snapshot.heading', { date: snapshot.date, title: snapshot.title })}${phrase('maps.snapshot.changes')}${said.length > 0 ? labels.semicolonList(said) : phrase('maps.snapshot.none')}`;
    return {
      data: { ...payload.data, people: then.people, relationships: then.relationships },
      highlight: summary,
      note,
    };
  }

  function diagram(): { diagram: Diagram; note: string } {
    if (payload.kind === 'decision') return { diagram: buildMapDiagram(payload, payload.data, labels), note: '' };
    const { data, highlight, note } = dataAtChosenDate();
    const built = buildMapDiagram(payload, data, labels, { filter: filter(), highlight, layers: layers() });
    if (payload.kind === 'relationship') return { diagram: built, note };
    const collapsed = /\b[UL]\d+more\[/.test(built.source);
    return { diagram: built, note: [note, collapsed ? phrase('maps.collapsed') : ''].filter(Boolean).join(' ') };
  }

  async function draw() {
    const { diagram: built, note } = diagram();
    frame.setAttribute('aria-busy', 'true');
    try {
      svg = await renderDiagram(canvas, built.source);
      wire(built.nodes);
      describe(built, note);
      frame.dataset.drawn = String(Number(frame.dataset.drawn ?? 0) + 1);
    } catch (error) {
      canvas.textContent = phrase('maps.failed');
      console.error(error);
    } finally {
      frame.removeAttribute('aria-busy');
    }
    applyZoom();
    applySearch();
  }
  function describe(built: Diagram, note: string) {
    const people = Object.values(built.nodes).filter((node) => node.kind === 'person').length;
    status.textContent = [payload.kind === 'decision' ? '' : phrase('maps.shown', people), note]
      .filter(Boolean)
      .join(' ');
  }
  const redraw = () => {
    drawing = drawing.then(draw);
    return drawing;
  };

  /** Marks each person node of a drawn flowchart so our handlers and tests can find it. */
  function wire(nodes: Diagram['nodes']) {
    if (!svg) return;
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', frame.querySelector('figcaption')?.textContent ?? '');
    svg.removeAttribute('aria-roledescription');
    svg.querySelectorAll<SVGGElement>('g.node[data-node]').forEach((group) => {
      const node = nodes[group.dataset.node!];
      if (node?.kind !== 'person') return;
      group.dataset.person = node.id;
    });
    makeSelectable();
  }

  function personGroups(): SVGGElement[] {
    return svg ? [...svg.querySelectorAll<SVGGElement>('g[data-person]')] : [];
  }

  function makeSelectable() {
    for (const group of personGroups()) {
      group.setAttribute('tabindex', '0');
      group.setAttribute('role', 'button');
      group.setAttribute('aria-label', nameOf(group.dataset.person!));
    }
  }

  function select(group: SVGGElement) {
    const detail = payload.details[group.dataset.person!];
    if (!detail) return;
    personGroups().forEach((other) => other.classList.toggle('is-selected', other === group));
    lastFocused = group;
    panel.querySelector('[data-panel-title]')!.textContent = detail.name;
    const list = panel.querySelector('[data-panel-body]')!;
    list.replaceChildren(...detail.rows.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
    panel.dataset.person = group.dataset.person!;
    panel.hidden = false;
    panel.querySelector<HTMLElement>('[data-panel-close]')!.focus();
  }

  function closePanel() {
    if (panel.hidden) return;
    panel.hidden = true;
    personGroups().forEach((group) => group.classList.remove('is-selected'));
    if (lastFocused instanceof SVGElement && lastFocused.isConnected) lastFocused.focus();
  }

  canvas.addEventListener('click', (event) => {
    const group = (event.target as Element).closest<SVGGElement>('g[data-person]');
    if (group) select(group);
  });
  canvas.addEventListener('keydown', (event) => {
    const group = (event.target as Element).closest<SVGGElement>('g[data-person]');
    if (!group) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(group);
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const groups = personGroups();
    const next = groups[(groups.indexOf(group) + step + groups.length) % groups.length];
    next?.focus();
  });
  frame.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closePanel();
  });
  panel.querySelector('[data-panel-close]')!.addEventListener('click', closePanel);

  function applySearch() {
    const input = frame.querySelector<HTMLInputElement>('input[data-search]');
    const query = input?.value.trim().toLowerCase() ?? '';
    let found = 0;
    for (const group of personGroups()) {
      const match = query !== '' && nameOf(group.dataset.person!).toLowerCase().includes(query);
      group.classList.toggle('is-match', match);
      group.classList.toggle('is-dimmed', query !== '' && !match);
      if (match) found++;
    }
    const counter = frame.querySelector<HTMLElement>('[data-search-result]');
    if (counter) counter.textContent = query ? phrase('maps.search.found', found) : '';
  }

  function applyZoom() {
    if (!svg) return;
    const natural = svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width;
    // Fit the width, but never below a readable size: wider maps scroll (or pan on a phone).
    const fit = Math.max(MIN_FIT, Math.min(1, canvas.clientWidth / natural || 1));
    svg.style.maxWidth = 'none';
    svg.style.width = `${natural * fit * zoom}px`;
    svg.style.height = 'auto';
  }

  frame.querySelectorAll('select[data-filter], select[data-snapshot], input[data-layer]').forEach((control) =>
    control.addEventListener('change', () => {
      closePanel();
      void redraw();
    }),
  );
  frame.querySelector('input[data-search]')?.addEventListener('input', applySearch);
  frame.querySelectorAll<HTMLButtonElement>('button[data-action]').forEach((button) =>
    button.addEventListener('click', () => {
      const fileName = `${frame.dataset.fileName ?? 'map'}`;
      switch (button.dataset.action) {
        case 'zoom-in':
          zoom *= ZOOM_STEP;
          return applyZoom();
        case 'zoom-out':
          zoom /= ZOOM_STEP;
          return applyZoom();
        case 'zoom-reset':
          zoom = 1;
          return applyZoom();
        case 'fullscreen':
          return toggleFullscreen(button);
        case 'svg':
          return svg && downloadSvg(svg, fileName);
        case 'png':
          return svg && void downloadPng(svg, fileName);
      }
    }),
  );

  function toggleFullscreen(button: HTMLButtonElement) {
    const on = !frame.classList.contains('is-projector');
    frame.classList.toggle('is-projector', on);
    button.setAttribute('aria-pressed', String(on));
    if (on && frame.requestFullscreen) void frame.requestFullscreen().catch(() => undefined);
    if (!on && document.fullscreenElement) void document.exitFullscreen();
    requestAnimationFrame(applyZoom);
  }
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement && frame.classList.contains('is-projector')) {
      frame.classList.remove('is-projector');
      frame.querySelector('button[data-action="fullscreen"]')?.setAttribute('aria-pressed', 'false');
      requestAnimationFrame(applyZoom);
    }
  });

  /** Replaces the options after the first ("all", "latest"), keeping the reader's choice when it still exists. */
  function setOptions(select: HTMLSelectElement | null, options: readonly (readonly [string, string])[]) {
    if (!select) return;
    const chosen = select.value;
    select.replaceChildren(select.options[0]!, ...options.map(([value, text]) => el('option', { value }, text)));
    select.value = options.some(([value]) => value === chosen) ? chosen : select.options[0]!.value;
  }

  if (frame.hasAttribute('data-live')) {
    // A flowchart map is drawn when it nears the viewport: a redraw
    // draws the maps the reader can see, the others when they scroll near.
    let near = false;
    let stale = false;
    const drawWhenNear = async () => {
      stale = false;
      await redraw();
      canvas.style.minHeight = '';
    };
    new IntersectionObserver(
      (entries) => {
        near = entries.some((entry) => entry.isIntersecting);
        if (near && stale) void drawWhenNear();
      },
      { rootMargin: '600px 0px' },
    ).observe(frame);
    liveFrames.set(frame, async (live) => {
      Object.assign(payload, live.payload);
      setOptions(
        frame.querySelector('select[data-filter="units"]'),
        live.units.map((unit) => [unit.id, unit.name]),
      );
      setOptions(
        frame.querySelector('select[data-snapshot]'),
        payload.snapshots.map((snapshot, index) => [String(index), `${snapshot.date} ${snapshot.title}`]),
      );
      closePanel();
      if (!isFlowchart(payload.kind)) {
        canvas.innerHTML = live.gridSvg ?? '';
        canvas.style.minHeight = '';
        svg = canvas.querySelector('svg');
        makeSelectable();
        applySearch();
        frame.dataset.drawn = String(Number(frame.dataset.drawn ?? 0) + 1);
        return;
      }
      stale = true;
      if (near) await drawWhenNear();
    });
    return;
  }
  if (!isFlowchart(payload.kind)) {
    makeSelectable();
    frame.dataset.drawn = '1';
    return;
  }
  // Drawn at build time from the same default view: wire it up. The renderer loads only when a
  // reader reaches for a control that redraws.
  const { diagram: built, note } = diagram();
  wire(built.nodes);
  describe(built, note);
  applyZoom();
  frame.dataset.drawn = '1';
  frame
    .querySelectorAll('select[data-filter], select[data-snapshot], input[data-layer]')
    .forEach((control) => control.addEventListener('focus', preloadRenderer, { once: true }));
}

/**
 * Shows `live` in a frame rendered with `live` (components/maps/MapFrame.astro): the live
 * analysis of an own account draws through here, so it gets the same drawing, controls and
 * panel as the built maps, and whatever renderer this module uses.
 */
export function showLiveMap(frame: HTMLElement, live: LiveMap): Promise<void> {
  initAllMapFrames(frame.parentElement ?? document);
  const show = liveFrames.get(frame);
  if (!show) throw new Error(`not a live map frame: ${frame.id}`);
  return show(live);
}

export function initAllMapFrames(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-map-frame]:not([data-ready])').forEach((frame) => {
    frame.dataset.ready = 'true';
    initMapFrame(frame);
  });
}
