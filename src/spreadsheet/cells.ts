/**
 * One cell's text → the value the case file holds, or what was expected. Chinese words are read
 * through the words validation already knows (`codeForWord` in src/i18n/vocabularyWords.ts)
 * and the site's own labels (src/i18n/strings/vocabulary.ts), so 决策层, 支持, 是 and
 * 2026/9/1 mean in a spreadsheet what their hints say in a case file.
 */
import { uiDictionary, type UiKey } from '../i18n/ui.ts';
import { idSchema } from '../schemas/account.ts';
import { TRI_STATE } from '../schemas/vocabulary.ts';
import { messageLocale, say } from '../validation/messages.ts';
import { didYouMean } from '../validation/problem.ts';
import { codeForWord, vocabularyOf } from '../i18n/vocabularyWords.ts';
import { idHint, isoDateOf } from '../validation/valueHints.ts';
import type { CellKind } from './columns.ts';

export type CellValue = string | number | boolean | readonly string[] | undefined;
export type CellResult = { ok: true; value: CellValue } | { ok: false; expected: string; hint: string };

const DICTIONARIES = [uiDictionary('zh-CN'), uiDictionary('en')];
const LIST_SEPARATOR = /[,，、;；/\s]+/u;
const norm = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/** The code a written value stands for: the code itself, a number, its label or a usual word. */
export function codeOfCell(
  written: string,
  codes: readonly (string | number)[],
  label?: (code: string | number) => UiKey,
): string | number | undefined {
  const wanted = norm(written);
  const direct = codes.find((code) => norm(String(code)) === wanted);
  if (direct !== undefined) return direct;
  const number = Number(wanted);
  if (wanted !== '' && Number.isFinite(number)) {
    const numeric = codes.find((code) => typeof code === 'number' && code === number);
    if (numeric !== undefined) return numeric;
  }
  if (label) {
    const labelled = codes.find((code) =>
      DICTIONARIES.some((dictionary) => {
        const text = dictionary[label(code)];
        return text !== undefined && norm(text) === wanted;
      }),
    );
    if (labelled !== undefined) return labelled;
  }
  const vocabulary = vocabularyOf(codes);
  const word = vocabulary && codeForWord(vocabulary, written.normalize('NFKC'));
  return word === undefined ? undefined : codes.find((code) => String(code) === String(word));
}

/** How the allowed values read in a message: Chinese words in zh-CN, codes in English. */
export function allowedValues(codes: readonly (string | number)[], label?: (code: string | number) => UiKey): string {
  const zh = messageLocale() === 'zh-CN';
  const shown = codes.map((code) => {
    if (!zh || !label || typeof code === 'number') return String(code);
    return DICTIONARIES[0]![label(code)] ?? String(code);
  });
  return say().cellChoice({ values: shown });
}

const fail = (expected: string, hint = ''): CellResult => ({ ok: false, expected, hint });

export function readCell(kind: CellKind, written: string): CellResult {
  const cell = written.trim();
  if (cell === '') return { ok: true, value: undefined };
  switch (kind.type) {
    case 'text':
      return { ok: true, value: cell };
    case 'lines': {
      const lines = cell
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
      return { ok: true, value: lines };
    }
    case 'id':
      return idSchema.safeParse(cell).success ? { ok: true, value: cell } : fail(say().idFormat(), idHint(cell));
    case 'code': {
      const code = codeOfCell(cell, kind.codes, kind.label);
      if (code !== undefined) return { ok: true, value: code };
      return fail(allowedValues(kind.codes, kind.label), didYouMean(cell, kind.codes.map(String)));
    }
    case 'codes': {
      const codes: string[] = [];
      for (const part of cell.split(LIST_SEPARATOR).filter(Boolean)) {
        const code = codeOfCell(part, kind.codes, kind.label);
        if (code === undefined) {
          // Roles are taught by their codes (EB, TB…): the message lists those.
          return fail(allowedValues(kind.codes), didYouMean(part, kind.codes.map(String)));
        }
        if (!codes.includes(String(code))) codes.push(String(code));
      }
      return { ok: true, value: codes };
    }
    case 'int': {
      const number = Number(cell.normalize('NFKC'));
      if (Number.isInteger(number) && number >= kind.min && number <= kind.max) return { ok: true, value: number };
      return fail(say().intRange({ min: kind.min, max: kind.max }));
    }
    case 'date': {
      const date = isoDateOf(cell.normalize('NFKC'));
      if (date && isRealDate(date)) return { ok: true, value: date };
      return fail(say().date());
    }
    case 'flag': {
      const answer = yesOrNo(cell);
      return answer === undefined ? fail(say().yesOrNo()) : { ok: true, value: answer };
    }
    case 'sensitive': {
      if (yesOrNo(cell) === true) return { ok: true, value: true };
      const fields: string[] = [];
      for (const part of cell.split(LIST_SEPARATOR).filter(Boolean)) {
        const field = codeOfCell(part, ['notes', 'motives', 'demands']);
        if (field === undefined) return fail(say().sensitiveCell());
        if (!fields.includes(String(field))) fields.push(String(field));
      }
      return { ok: true, value: fields };
    }
    case 'ref':
      return {
        ok: true,
        value: kind.many
          ? cell
              .split(/[,，、;；\n]+/u)
              .map((part) => part.trim())
              .filter(Boolean)
          : cell,
      };
  }
}

/** 是 / 否, yes / no, true / false (Excel's TRUE), 1 / 0. */
function yesOrNo(cell: string): boolean | undefined {
  if (/^(true|1)$/i.test(cell)) return true;
  if (/^(false|0)$/i.test(cell)) return false;
  const answer = codeOfCell(cell, TRI_STATE, (code) => `value.${code}` as UiKey);
  return answer === 'yes' ? true : answer === 'no' ? false : undefined;
}

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}
