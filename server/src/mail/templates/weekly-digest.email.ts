import { EmailBlock, EmailContent } from './email-layout';

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
}

function section(heading: string, empty: string, items: { text: string; href?: string; detail?: string }[]): EmailBlock[] {
  return [{ kind: 'heading', text: heading }, items.length ? { kind: 'list', items } : { kind: 'note', text: empty }];
}

export function weeklyDigestEmail(d: WeeklyDigest): EmailContent {
  const endorsements = (n: number) => `${n} ${n === 1 ? 'endorsement' : 'endorsements'}`;
  return {
    subject: `Your weekly Heroics digest: ${d.newStories.length} new ${d.newStories.length === 1 ? 'story' : 'stories'}`,
    preview: `${d.departments.join(', ')}: new stories, peer-nominated heroics, people waiting for recognition, and your budget.`,
    heading: `Your week in ${d.departments.join(', ')}`,
    blocks: [
      { kind: 'paragraph', text: `Good morning, ${d.managerName}. Here is what your teams did and who is waiting to be seen.` },
      ...section(
        'New stories this week',
        'No new stories this week.',
        d.newStories.map((s) => ({ text: s.title, href: s.url, detail: endorsements(s.endorsementCount) })),
      ),
      ...section(
        'Nominated by peers, not yet rewarded',
        'No peer-nominated stories are waiting.',
        d.peerNominated.map((s) => ({ text: s.title, href: s.url, detail: endorsements(s.endorsementCount) })),
      ),
      ...section(
        'Not recognised in the last 30 days',
        'Everyone was recognised in the last 30 days.',
        d.unrecognised.map((p) => ({ text: p.name, href: p.url })),
      ),
      ...section(
        'New hires waiting for a first recognition',
        'No new hire is waiting.',
        d.newHires.map((p) => ({ text: p.name, href: p.url, detail: `Joined ${p.hiredOn}` })),
      ),
      { kind: 'heading', text: `Budget left in ${d.quarter}` },
      { kind: 'paragraph', text: d.budgetLeft === null ? 'You have no budget for this quarter.' : `${d.budgetLeft} points.` },
      { kind: 'button', label: 'Open the review queue', href: `${d.appUrl}/review-queue` },
    ],
  };
}
