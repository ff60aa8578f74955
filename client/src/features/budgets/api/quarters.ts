/** Quarters are written the way the budgets API takes them: "2026-Q4". */
export type QuarterLabel = `${number}-Q${1 | 2 | 3 | 4}`;

interface Quarter {
  year: number;
  /** 1–4 */
  number: number;
}

function parse(label: string): Quarter {
  const match = /^(\d{4})-Q([1-4])$/.exec(label);
  if (!match) throw new Error(`Not a quarter: ${label}`);
  return { year: Number(match[1]), number: Number(match[2]) };
}

function format({ year, number }: Quarter): QuarterLabel {
  return `${year}-Q${number}` as QuarterLabel;
}

/** The quarter that contains a day written YYYY-MM-DD (the company's today: the server decides by its time zone). */
export function quarterOf(day: string): QuarterLabel {
  return format({ year: Number(day.slice(0, 4)), number: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1 });
}

/** The quarter `offset` quarters after `label` (before, when negative). */
export function shiftQuarter(label: string, offset: number): QuarterLabel {
  const { year, number } = parse(label);
  const index = year * 4 + (number - 1) + offset;
  return format({ year: Math.floor(index / 4), number: (index % 4) + 1 });
}

/** The quarters an admin may pick: `back` before the current one, the current one, and `ahead` after it, oldest first. */
export function quarterChoices(current: string, back = 4, ahead = 1): QuarterLabel[] {
  return Array.from({ length: back + 1 + ahead }, (_, i) => shiftQuarter(current, i - back));
}
