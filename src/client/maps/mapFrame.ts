/**
 * Brings one map frame to life: wires the map drawn at build time (select a person by click, tap
 * or keyboard → detail panel; search; zoom; full screen; download) and, when a reader changes a
 * filter, layer or date, loads ./mapView.ts to redraw that view with the build's own renderer.
 * All text reaches the page through textContent or the builders' escaping.
 */
import { isFlowchart } from '../../maps/mapFrame.ts';
import type { Diagram, PersonFilter } from '../../maps/mapData.ts';
import type { MapPayload, SharedMapData } from '../../maps/mapPayload.ts';
import { panelRows } from '../../maps/panelText.ts';
import { MAP_LAYERS, type MapLayer } from '../../maps/relationshipMap.ts';
import type { UiKey } from '../../i18n/ui.ts';
import { el, say, type Strings } from '../dom.ts';
import type { ViewChoice } from './mapView.ts';

const ZOOM_STEP = 1.25;
const loadView = () => import('./mapView.ts');
const loadGridExport = () => import('./gridFromPage.ts');
const loadImageExport = () => import('./exportImage.ts');

/** What a live frame is given to show: its payload, the units its filter offers, and a grid. */
export interface LiveMap {
  payload: MapPayload;
  units: readonly { id: string; name: string }[];
  /** A grid's markup (src/maps/gridHtml.ts): power–interest and MAN. */
  grid?: string;
}

/** Shows a new state in a frame; resolves once it is drawn. */
type ShowLiveMap = (live: LiveMap) => Promise<void>;
const liveFrames = new WeakMap<HTMLElement, ShowLiveMap>();

const sharedData = new WeakMap<Element, SharedMapData>();

/** What the frames of a page share (components/maps/MapSharedData.astro), read once for all of them. */
function sharedOf(frame: HTMLElement): SharedMapData | undefined {
  const element = frame.dataset.sharedRef ? document.getElementById(frame.dataset.sharedRef) : null;
  if (!element) return undefined;
  let shared = sharedData.get(element);
  if (!shared) {
    shared = JSON.parse(element.textContent!) as SharedMapData;
    sharedData.set(element, shared);
  }
  return shared;
}

export function initMapFrame(frame: HTMLElement): void {
  const payload = JSON.parse(frame.querySelector('script[data-map-payload]')!.textContent!) as MapPayload;
  const { strings: sharedStrings, ...shared } = sharedOf(frame) ?? {};
  Object.assign(payload, shared);
  const canvas = frame.querySelector<HTMLElement>('[data-canvas]')!;
  const status = frame.querySelector<HTMLElement>('[data-status]')!;
  const panel = frame.querySelector<HTMLElement>('[data-panel]')!;
  const strings = sharedStrings ?? (JSON.parse(frame.dataset.strings ?? '{}') as Strings);
  const phrase = (key: UiKey, n?: number) => say(strings, key, n === undefined ? {} : { n });
  let svg: SVGSVGElement | null = canvas.querySelector('svg');
  let zoom = 1;
  let expanded = false;
  let lastFocused: Element | null = null;
  let drawing = Promise.resolve();

  const choice = (): ViewChoice => {
    const filter: Record<string, string[]> = {};
    frame.querySelectorAll<HTMLSelectElement>('select[data-filter]').forEach((select) => {
      if (select.value) filter[select.dataset.filter!] = [select.value];
    });
    const layers: MapLayer[] = MAP_LAYERS.filter(
      (layer) => frame.querySelector<HTMLInputElement>(`input[data-layer="${layer}"]`)?.checked,
    );
    const snapshot = Number(frame.querySelector<HTMLSelectElement>('select[data-snapshot]')?.value ?? -1);
    return { filter: filter as PersonFilter, layers, snapshot, expanded };
  };
  const nameOf = (id: string) => payload.details.people[id]?.name ?? id;

  async function draw() {
    frame.setAttribute('aria-busy', 'true');
    try {
      const { drawView } = await loadView();
      const view = await drawView(canvas, payload, strings, choice());
      svg = view.svg;
      wire(view.nodes);
      status.textContent = view.status;
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
      if (node?.kind === 'person') group.dataset.person = node.id;
      // A collapsed unit's count (or a layer's folded units) expands it when clicked.
      if (node?.kind === 'unit' || node?.kind === 'layer') {
        group.dataset.expand = node.kind === 'unit' ? 'units' : 'layers';
        group.dataset.value = node.id;
        group.setAttribute('tabindex', '0');
        group.setAttribute('role', 'button');
        const name =
          node.kind === 'unit'
            ? (payload.data.units.find((unit) => unit.id === node.id)?.name ?? node.id)
            : say(strings, `layer.${node.id}` as UiKey);
        group.setAttribute('aria-label', say(strings, 'maps.expand', { name }));
      }
    });
    makeSelectable();
  }

  /** Shows a collapsed unit or layer in full: the filter that selects it, then a redraw. */
  function expand(group: SVGGElement) {
    const select = frame.querySelector<HTMLSelectElement>(`select[data-filter="${group.dataset.expand}"]`);
    if (!select) return;
    select.value = group.dataset.value!;
    select.dispatchEvent(new Event('change'));
  }

  /** The people of the map: groups of a drawn flowchart, chips of a grid. */
  function personElements(): HTMLElement[] {
    return [...canvas.querySelectorAll<HTMLElement>('[data-person]')];
  }

  function makeSelectable() {
    for (const node of personElements()) {
      if (node.localName === 'button') continue;
      node.setAttribute('tabindex', '0');
      node.setAttribute('role', 'button');
      node.setAttribute('aria-label', nameOf(node.dataset.person!));
    }
  }

  function select(node: HTMLElement) {
    const rows = panelRows(payload.details, node.dataset.person!);
    if (!rows) return;
    personElements().forEach((other) => other.classList.toggle('is-selected', other === node));
    lastFocused = node;
    panel.querySelector('[data-panel-title]')!.textContent = nameOf(node.dataset.person!);
    const list = panel.querySelector('[data-panel-body]')!;
    list.replaceChildren(...rows.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
    panel.dataset.person = node.dataset.person!;
    panel.hidden = false;
    panel.querySelector<HTMLElement>('[data-panel-close]')!.focus();
  }

  function closePanel() {
    if (panel.hidden) return;
    panel.hidden = true;
    personElements().forEach((node) => node.classList.remove('is-selected'));
    if (lastFocused instanceof Element && lastFocused.isConnected) (lastFocused as HTMLElement).focus();
  }

  canvas.addEventListener('click', (event) => {
    const count = (event.target as Element).closest<SVGGElement>('g[data-expand]');
    if (count) return expand(count);
    const node = (event.target as Element).closest<HTMLElement>('[data-person]');
    if (node) select(node);
  });
  canvas.addEventListener('keydown', (event) => {
    const count = (event.target as Element).closest<SVGGElement>('g[data-expand]');
    if (count && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      return expand(count);
    }
    const node = (event.target as Element).closest<HTMLElement>('[data-person]');
    if (!node) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(node);
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const nodes = personElements();
    nodes[(nodes.indexOf(node) + step + nodes.length) % nodes.length]?.focus();
  });
  frame.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closePanel();
  });
  panel.querySelector('[data-panel-close]')!.addEventListener('click', closePanel);

  function applySearch() {
    const input = frame.querySelector<HTMLInputElement>('input[data-search]');
    const query = input?.value.trim().toLowerCase() ?? '';
    let found = 0;
    for (const node of personElements()) {
      const match = query !== '' && nameOf(node.dataset.person!).toLowerCase().includes(query);
      node.classList.toggle('is-match', match);
      node.classList.toggle('is-dimmed', query !== '' && !match);
      if (match) found++;
    }
    const counter = frame.querySelector<HTMLElement>('[data-search-result]');
    if (counter) counter.textContent = query ? phrase('maps.search.found', found) : '';
  }

  /**
   * Zoom 1 fits the map to the frame's width (the stylesheet does the same before any script
   * runs); zooming in makes it wider than the frame, which then scrolls or pans.
   */
  function applyZoom() {
    if (!svg || !canvas.contains(svg)) return;
    if (zoom === 1) {
      svg.style.removeProperty('width');
      svg.style.removeProperty('max-width');
      return;
    }
    const natural = svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width;
    const fit = Math.min(1, canvas.clientWidth / natural || 1);
    svg.style.maxWidth = 'none';
    svg.style.width = `${natural * fit * zoom}px`;
  }

  /** The SVG a download saves: the drawn map, or a grid's SVG drawn now from the grid shown. */
  async function exportSvg(): Promise<SVGSVGElement | null> {
    const grid = canvas.querySelector('.grid-map');
    if (!grid) return svg;
    const { gridSvgElement } = await loadGridExport();
    return gridSvgElement(grid);
  }

  async function download(format: 'svg' | 'png') {
    const [image, { downloadPng, downloadSvg }] = await Promise.all([exportSvg(), loadImageExport()]);
    if (!image) return;
    const fileName = frame.dataset.fileName ?? 'map';
    await (format === 'svg' ? downloadSvg(image, fileName) : downloadPng(image, fileName));
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
      switch (button.dataset.action) {
        case 'zoom-in':
          zoom *= ZOOM_STEP;
          return applyZoom();
        case 'zoom-out':
          zoom = Math.max(1, zoom / ZOOM_STEP);
          return applyZoom();
        case 'zoom-reset':
          zoom = 1;
          return applyZoom();
        case 'expand-all':
          expanded = !expanded;
          button.setAttribute('aria-pressed', String(expanded));
          return void redraw();
        case 'fullscreen':
          return toggleFullscreen(button);
        case 'svg':
        case 'png':
          return void download(button.dataset.action);
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

  /** Runs `then` once, when the frame comes within 600 px of the viewport. */
  function whenNear(then: () => void) {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        then();
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(frame);
  }

  // The view code (builders, timeline, renderer) starts loading when a reader first reaches for a
  // control that redraws, so the redraw waits less for the download.
  frame.querySelectorAll('select[data-filter], select[data-snapshot], input[data-layer]').forEach((control) =>
    control.addEventListener('focus', () => void loadView().then((view) => view.preloadRenderer()), {
      once: true,
    }),
  );

  if (frame.hasAttribute('data-live')) {
    // A live flowchart is drawn when it nears the viewport: a new analysis draws the maps the
    // reader can see, the others when they scroll near. Drawing loads ./mapView.ts then.
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
        canvas.innerHTML = live.grid ?? '';
        canvas.style.minHeight = '';
        svg = null;
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

  // Wire what the page brought: a grid, a map drawn at build time, or nothing yet (draw it).
  if (!isFlowchart(payload.kind)) {
    makeSelectable();
    frame.dataset.drawn = '1';
    return;
  }
  if (svg && canvas.hasAttribute('data-prerendered') && payload.defaultNodes) {
    // Drawn at build time from the default view, its status line written then: wire it up.
    wire(payload.defaultNodes);
    applyZoom();
    frame.dataset.drawn = '1';
    return;
  }
  // Not drawn at build time: draw when near; the builders and the renderer are fetched then.
  whenNear(() => void redraw());
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
