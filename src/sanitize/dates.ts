/**
 * Date shift: every date of a case moves by one constant number of days, so intervals, order,
 * weekdays (the offset is whole weeks) and "days since last contact" stay exactly as they were.
 */
const DAY_MS = 86_400_000;

const iso = (date: Date) => date.toISOString().slice(0, 10);

export function shiftIsoDate(date: string, days: number): string {
  return iso(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS));
}

/** An offset of whole weeks, one to three years back, chosen by the seed. */
export function offsetForSeed(random: () => number): number {
  return -7 * (53 + Math.floor(random() * 104));
}

/**
 * Dates written in free text move with the rest: 2026-03-18, 2026 年 3 月 18 日, 2026 年 3 月,
 * 2026 年, 3 月 18 日 and 3 月 (a year left out is the case's own year). A month or year alone is
 * shifted from its middle, so it lands where the dates inside it mostly land.
 */
export function shiftDatesInText(text: string, days: number, caseYear: number): string {
  const shifted = (year: number, month: number, day: number) => {
    const date = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  };
  return text.replace(
    /(?<!\d)(?:(\d{4})-(\d{2})-(\d{2})|(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)|(\d{4})\s*年)(?!\d)/g,
    (whole, isoYear, isoMonth, isoDay, year, month, day, yearOnly) => {
      if (isoYear) return shiftIsoDate(`${isoYear}-${isoMonth}-${isoDay}`, days);
      if (yearOnly) {
        if (!/^(19|20)\d\d$/.test(yearOnly)) return whole;
        return whole.replace(yearOnly, String(shifted(Number(yearOnly), 7, 1).year));
      }
      const m = Number(month);
      if (m < 1 || m > 12) return whole;
      const y = year ? Number(year) : caseYear;
      if (day) {
        const to = shifted(y, m, Number(day));
        return year ? `${to.year} 年 ${to.month} 月 ${to.day} 日` : `${to.month} 月 ${to.day} 日`;
      }
      const to = shifted(y, m, 15);
      return year ? `${to.year} 年 ${to.month} 月` : `${to.month} 月`;
    },
  );
}

export const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
