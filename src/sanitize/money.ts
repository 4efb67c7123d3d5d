/**
 * Money figures are rounded into bands on their leading digit: 1200 万元 → 1000–2000 万元,
 * 1200–1600 万元 → 1000–2000 万元. A figure that is already round says nothing exact and stays.
 */
function magnitude(value: number): number {
  return 10 ** Math.floor(Math.log10(value));
}

export function moneyBand(low: number, high = low): [number, number] {
  if (!(low > 0) || !(high > 0)) return [low, high];
  const lowStep = magnitude(low);
  const highStep = magnitude(high);
  const from = Math.floor(low / lowStep) * lowStep;
  let to = Math.ceil(high / highStep) * highStep;
  if (to === from) to = from + lowStep;
  return [from, to];
}

const isRound = (value: number) => value > 0 && value % magnitude(value) === 0;

const MONEY = /(\d+(?:\.\d+)?)(?:\s*[–—~～-]\s*(\d+(?:\.\d+)?))?\s*(万元|亿元|千元|元|万美元|美元)/g;

export function bandMoneyInText(text: string): string {
  return text.replace(MONEY, (whole, lowText: string, highText: string | undefined, unit: string) => {
    const low = Number(lowText);
    const high = highText === undefined ? low : Number(highText);
    if (highText === undefined && isRound(low)) return whole;
    const [from, to] = moneyBand(low, high);
    return `${from}–${to} ${unit}`;
  });
}
