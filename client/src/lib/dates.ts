import { parseCalendarDate } from './tenure';

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "12 Mar 2021" for a calendar date ("2021-03-12"), in the reader's locale. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const { year, month, day } = parseCalendarDate(iso);
  return dateFormat.format(new Date(Date.UTC(year, month - 1, day)));
}

export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}
