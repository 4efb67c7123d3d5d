/**
 * Slide mode in the browser: turns the chapter rendered below the title slides into one slide per
 * h2 section, shows one at a time, keeps its number in the address, drives it from the keyboard
 * and keeps a speaker-notes window (the same page with `?notes`, trainer edition only) on the
 * same slide through a BroadcastChannel. Without JavaScript the page stays one long document.
 */
import {
  channelName,
  hashForSlide,
  moveTo,
  readDeckMessage,
  slideAction,
  slideFromHash,
  splitAtHeadings,
  type DeckMessage,
  type SlideAction,
} from '../../slides/deck.ts';
import { say, type Strings } from '../dom.ts';

export function startSlideDeck(root: HTMLElement) {
  const deck = root.querySelector<HTMLElement>('[data-deck]')!;
  const source = root.querySelector<HTMLElement>('[data-slide-source]')!;
  const counter = root.querySelector<HTMLElement>('[data-slide-counter]')!;
  const notesPanel = root.querySelector<HTMLElement>('[data-speaker-notes]');
  const notesView = notesPanel !== null && new URLSearchParams(location.search).has('notes');
  const chapter = root.dataset.chapter!;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;

  // The blocks before the first h2 join the title slide; each h2 opens a new slide.
  const slides = [...deck.querySelectorAll<HTMLElement>(':scope > .slide')];
  const blocks = [...source.children] as HTMLElement[];
  const { lead, sections } = splitAtHeadings(blocks.map((block) => block.tagName === 'H2'));
  slides[0]!.append(...lead.map((index) => blocks[index]!));
  for (const section of sections) {
    const slide = document.createElement('section');
    slide.className = 'slide';
    // A slide longer than the screen scrolls: it takes focus so the keyboard can scroll it too.
    slide.tabIndex = 0;
    const heading = blocks[section[0]!]!;
    if (heading.id) slide.setAttribute('aria-labelledby', heading.id);
    slide.append(...section.map((index) => blocks[index]!));
    deck.append(slide);
    slides.push(slide);
  }
  source.remove();

  // Trainer notes never go up on the projector: they move to the speaker-notes list, each marked
  // with the slide it was written in.
  const notes = slides.flatMap((slide, index) =>
    [...slide.querySelectorAll<HTMLElement>('.trainer-notes')].map((note) => {
      note.dataset.slide = String(index);
      return note;
    }),
  );
  if (notesPanel) {
    notesPanel.querySelector('[data-notes-list]')!.append(...notes);
    notesPanel.querySelector<HTMLElement>('[data-notes-none]')!.hidden = notes.length > 0;
  } else notes.forEach((note) => note.remove());

  const titleOf = (slide: HTMLElement) => slide.querySelector('h1, h2')?.textContent?.trim() ?? '';
  let current = -1;

  function show(index: number, tell: boolean) {
    const next = Math.min(Math.max(index, 0), slides.length - 1);
    if (next === current) return;
    current = next;
    slides.forEach((slide, position) => {
      slide.classList.toggle('is-current', position === current);
      slide.hidden = position !== current;
    });
    slides[current]!.scrollTop = 0;
    counter.textContent = say(strings, 'slides.counter', { n: current + 1, total: slides.length });
    root.querySelector<HTMLButtonElement>('[data-slide-action="previous"]')!.disabled = current === 0;
    root.querySelector<HTMLButtonElement>('[data-slide-action="next"]')!.disabled = current === slides.length - 1;
    history.replaceState(null, '', `${location.pathname}${location.search}${hashForSlide(current)}`);
    if (notesPanel) showNotes();
    if (tell) channel?.postMessage({ type: 'go', slide: current } satisfies DeckMessage);
  }

  function showNotes() {
    const nextSlide = slides[current + 1];
    notesPanel!.querySelector('[data-notes-current]')!.textContent = say(strings, 'slides.notesCurrent', {
      counter: counter.textContent ?? '',
      title: titleOf(slides[current]!),
    });
    notesPanel!.querySelector('[data-notes-next]')!.textContent = nextSlide
      ? `${say(strings, 'slides.notesNext')}${titleOf(nextSlide)}`
      : say(strings, 'slides.notesEnd');
    for (const note of notes) note.classList.toggle('is-current', note.dataset.slide === String(current));
    notes.find((note) => note.dataset.slide === String(current))?.scrollIntoView({ block: 'nearest' });
  }

  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(channelName(chapter)) : undefined;
  channel?.addEventListener('message', (event: MessageEvent) => {
    const message = readDeckMessage(event.data);
    if (message?.type === 'go') show(message.slide, false);
    if (message?.type === 'where') channel.postMessage({ type: 'go', slide: current } satisfies DeckMessage);
  });

  function act(action: SlideAction) {
    if (action === 'fullscreen') {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      return;
    }
    if (action === 'notes') {
      if (!notesPanel || notesView) return;
      window.open(
        `${location.pathname}?notes${hashForSlide(current)}`,
        `kam-notes-${chapter}`,
        'popup,width=900,height=700',
      );
      return;
    }
    if (action === 'leave') {
      // Back to the chapter, at the section this slide shows. In full screen the browser takes Esc.
      if (notesView) return;
      const anchor = slides[current]!.getAttribute('aria-labelledby');
      location.href = `${root.dataset.leave}${current > 1 && anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
      return;
    }
    show(moveTo(current, action, slides.length), true);
  }

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    // Space and Enter on a focused control press it; the control's own click does the work.
    if ((event.key === ' ' || event.key === 'Enter') && target.closest('button, a, summary')) return;
    const action = slideAction(event.key);
    if (!action) return;
    event.preventDefault();
    act(action);
  });
  root.querySelectorAll<HTMLElement>('[data-slide-action]').forEach((control) =>
    control.addEventListener('click', (event) => {
      event.preventDefault();
      act(control.dataset.slideAction as SlideAction);
    }),
  );
  window.addEventListener('hashchange', () => show(slideFromHash(location.hash, slides.length), true));

  root.classList.add('is-ready');
  root.classList.toggle('is-notes-view', notesView);
  if (notesPanel) notesPanel.hidden = !notesView;
  show(slideFromHash(location.hash, slides.length), false);
  if (notesView) channel?.postMessage({ type: 'where' } satisfies DeckMessage);
}
