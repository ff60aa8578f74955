/** Work anniversaries worth celebrating: 1, 3 and 5 years, then every five (10, 15, 20, 25…). */
export function isMilestoneYear(years: number): boolean {
  return years === 1 || years === 3 || (years >= 5 && years % 5 === 0);
}

function anniversaryIn(hiredOn: string, year: number): string {
  const [, month, day] = hiredOn.split('-').map(Number);
  // Someone hired on 29 February celebrates on 28 February in other years.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** The next milestone anniversary on or after `today` (both YYYY-MM-DD). */
export function nextWorkAnniversary(hiredOn: string, today: string): { date: string; years: number } {
  const hiredYear = Number(hiredOn.slice(0, 4));
  for (let year = Math.max(hiredYear + 1, Number(today.slice(0, 4))); ; year++) {
    const years = year - hiredYear;
    const date = anniversaryIn(hiredOn, year);
    if (date >= today && isMilestoneYear(years)) return { date, years };
  }
}

/** The milestone celebrated today, if any. */
export function anniversaryToday(hiredOn: string, today: string): number | null {
  const years = Number(today.slice(0, 4)) - Number(hiredOn.slice(0, 4));
  return years > 0 && anniversaryIn(hiredOn, Number(today.slice(0, 4))) === today && isMilestoneYear(years) ? years : null;
}
