import { dateTimeFormat } from './intl';
import { parseCalendarDate } from './tenure';

/** "12 Mar 2021" for a calendar date ("2021-03-12"), in the active language. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const { year, month, day } = parseCalendarDate(iso);
  return dateTimeFormat({ day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

export function formatDateTime(iso: string): string {
  return dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
