/**
 * The blank worksheets of the printed workbook: per kind, the tables a trainee fills in by hand,
 * with the same questions as the sheet in the browser. Returns dictionary keys, never words. Pure.
 */
import type { UiKey } from '../i18n/ui.ts';
import { INFO_CATEGORIES } from '../schemas/vocabulary.ts';
import { WORKSHEET_KINDS, type WorksheetKind } from '../schemas/worksheet.ts';
import { WORKSHEET_CHAPTERS } from '../worksheets/worksheet.ts';

/** Lines to write people in: as many as a blank sheet printed from its own page has. */
export const PAPER_ROWS = 8;

export interface PaperTable {
  /** Heading above the table, when a sheet has more than one. */
  title?: UiKey;
  columns: UiKey[];
  /** One entry per line; a label fills the first column (the checklist's categories). */
  rows: { label?: UiKey }[];
}

export interface PaperSheet {
  kind: WorksheetKind;
  tables: PaperTable[];
}

const empty = (count: number) => Array.from({ length: count }, () => ({}));

const PERSON_TABLES: Record<Exclude<WorksheetKind, 'information'>, UiKey[][]> = {
  man: [
    ['book.person', 'ws.question.money', 'ws.question.authority', 'ws.question.need', 'ws.reason', 'ws.classStrategy'],
  ],
  'power-interest': [['book.person', 'ws.power', 'ws.interest', 'ws.quadrant']],
  'relationship-map': [
    ['book.person', 'ws.map.unit', 'ws.map.layer', 'ws.map.roles', 'ws.map.support', 'ws.map.closeness', 'ws.map.disc'],
    ['ws.map.from', 'ws.map.to', 'ws.map.kind', 'ws.map.direction', 'ws.map.strength'],
  ],
  'action-plan': [['book.person', 'ws.plan.step', 'ws.plan.owner', 'ws.plan.date', 'ws.plan.objective']],
};

export function paperSheet(kind: WorksheetKind): PaperSheet {
  if (kind === 'information') {
    return {
      kind,
      tables: [
        {
          columns: ['book.category', 'ws.info.found', 'ws.info.source', 'ws.info.confidence', 'ws.info.gaps'],
          rows: INFO_CATEGORIES.map((category) => ({ label: `infoCategory.${category}` as const })),
        },
      ],
    };
  }
  const [people, relations] = PERSON_TABLES[kind];
  return {
    kind,
    tables: [
      { columns: people!, rows: empty(PAPER_ROWS) },
      ...(relations ? [{ title: 'book.relations' as const, columns: relations, rows: empty(PAPER_ROWS - 2) }] : []),
    ],
  };
}

/** Every kind, in the order the chapters teach them. */
export const paperSheetsInTeachingOrder = (): PaperSheet[] =>
  [...WORKSHEET_KINDS].sort((a, b) => WORKSHEET_CHAPTERS[a].localeCompare(WORKSHEET_CHAPTERS[b])).map(paperSheet);
