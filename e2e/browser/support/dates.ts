/** A calendar date ("YYYY-MM-DD") in the browser's local time zone, which is also the runner's. */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * A hire date that gives an unambiguous tenure today: `years` and `months` ago, minus ten days
 * (ten days is never a whole month, so the tenure reads exactly "<years> years <months> months").
 */
export function hiredAgo(years: number, months: number, now = new Date()): string {
  return isoDate(new Date(now.getFullYear() - years, now.getMonth() - months, now.getDate() - 10));
}
