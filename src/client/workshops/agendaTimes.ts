/** Recomputes the agenda's start and end times when the trainer picks another start time. */
import { timeline } from '../../workshops/timeline.ts';

for (const input of document.querySelectorAll<HTMLInputElement>('[data-agenda-start]')) {
  const table = input.closest('.agenda-start')?.nextElementSibling?.querySelector('table');
  if (!table) continue;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const update = () => {
    if (!/^\d{2}:\d{2}$/.test(input.value)) return;
    const entries = timeline(
      rows.map((row) => ({ minutes: Number(row.dataset.minutes) })),
      input.value,
    );
    entries.forEach((entry, index) => {
      const row = rows[index]!;
      row.querySelector('[data-start]')!.textContent = entry.start;
      row.querySelector('[data-end]')!.textContent = entry.end;
    });
  };
  input.addEventListener('input', update);
  update();
}
