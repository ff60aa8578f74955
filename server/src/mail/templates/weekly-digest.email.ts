import { EmailBlock, EmailContent } from './email-layout';
import { digestText, listIn, MailLanguage } from './weekly-digest.messages';

export interface WeeklyDigest {
  managerName: string;
  departments: string[];
  newStories: { title: string; url: string; endorsementCount: number }[];
  peerNominated: { title: string; url: string; endorsementCount: number }[];
  unrecognised: { name: string; url: string }[];
  newHires: { name: string; url: string; hiredOn: string }[];
  budgetLeft: number | null;
  quarter: string;
  appUrl: string;
  /** The manager's language (English when they chose none). */
  language?: MailLanguage;
}

function section(heading: string, empty: string, items: { text: string; href?: string; detail?: string }[]): EmailBlock[] {
  return [{ kind: 'heading', text: heading }, items.length ? { kind: 'list', items } : { kind: 'note', text: empty }];
}

export function weeklyDigestEmail(d: WeeklyDigest): EmailContent {
  const language = d.language ?? 'en';
  const text = (key: string, values?: Record<string, string | number>) => digestText(language, key, values);
  const departments = listIn(language, d.departments);
  const endorsements = (count: number) => text('endorsements', { count });
  const day = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    subject: text('subject', { count: d.newStories.length }),
    preview: text('preview', { departments }),
    heading: text('heading', { departments }),
    blocks: [
      { kind: 'paragraph', text: text('hello', { name: d.managerName }) },
      ...section(
        text('newStories'),
        text('newStoriesNone'),
        d.newStories.map((s) => ({ text: s.title, href: s.url, detail: endorsements(s.endorsementCount) })),
      ),
      ...section(
        text('peerNominated'),
        text('peerNominatedNone'),
        d.peerNominated.map((s) => ({ text: s.title, href: s.url, detail: endorsements(s.endorsementCount) })),
      ),
      ...section(
        text('unrecognised'),
        text('unrecognisedNone'),
        d.unrecognised.map((p) => ({ text: p.name, href: p.url })),
      ),
      ...section(
        text('newHires'),
        text('newHiresNone'),
        d.newHires.map((p) => ({
          text: p.name,
          href: p.url,
          detail: text('joined', { date: language === 'en' ? p.hiredOn : day.format(new Date(`${p.hiredOn}T00:00:00Z`)) }),
        })),
      ),
      { kind: 'heading', text: text('budget', { quarter: d.quarter }) },
      { kind: 'paragraph', text: d.budgetLeft === null ? text('budgetNone') : text('budgetLeft', { points: d.budgetLeft }) },
      { kind: 'button', label: text('button'), href: `${d.appUrl}/review-queue` },
    ],
  };
}
