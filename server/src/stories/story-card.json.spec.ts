import { CurrentEmployee } from '../common/current-employee';
import { StoryRow, toStoryDto } from './dto/story.dto';
import { cardJson, serialiseCard } from './story-card.json';
import { signedInAs } from '../../test/current-employee';

const now = new Date('2026-12-01T12:00:00.000Z');
const sales = { id: 'd-sales', name: 'Sales "West"' };
const row = (overrides: Partial<StoryRow> = {}): StoryRow => ({
  id: 's-1',
  title: 'Found the suit <b>a day</b> before',
  situation: 'Line one\nline two – “quoted”',
  action: 'Drove it over',
  impact: 'Wedding saved',
  occurredOn: '2026-11-28',
  channel: 'phone' as StoryRow['channel'],
  resolvedWithoutHandoff: true,
  customerQuote: null,
  fromCustomer: false,
  ticketUrl: null,
  praisedByCustomer: false,
  customerPraise: null,
  status: 'published',
  hiddenReason: null,
  featuredAt: null,
  editedAt: null,
  createdAt: new Date('2026-11-29T09:30:00.123Z'),
  deletedAt: null,
  version: 3,
  endorsementCount: 7,
  commentCount: 2,
  author: { id: 'author', name: 'Ann Author' },
  heroes: [{ id: 'hero', name: 'Hal Hero', department: sales, champion: { period: 'month', periodStart: '2026-11-01', department: sales } }],
  values: [{ id: 'v-1', name: 'Ownership' }],
  endorsedByMe: false,
  rewarded: true,
  ...overrides,
});
const viewer = (id: string, role: CurrentEmployee['role'], managedDepartmentIds: string[] = []) =>
  signedInAs({ id, role, departmentId: 'd-x', managedDepartmentIds, sessionId: 'sid' });

describe('story cards serialised once, viewer facts spliced in', () => {
  const viewers = [
    viewer('someone', 'staff'),
    viewer('author', 'staff'),
    viewer('hero', 'staff'),
    viewer('boss', 'manager', ['d-sales']),
    viewer('other-boss', 'manager', ['d-other']),
    viewer('hr', 'admin'),
  ];
  const rows = [
    row(),
    row({
      status: 'hidden',
      hiddenReason: 'Names a customer "by name"',
      featuredAt: new Date('2026-11-30T00:00:00Z'),
      editedAt: new Date('2026-11-30T08:00:00.5Z'),
      customerQuote: 'Thank you!',
    }),
    row({ createdAt: new Date('2026-11-01T00:00:00Z') }),
    row({ deletedAt: new Date('2026-11-30T00:00:00Z') }),
  ];

  it.each(rows.flatMap((r, i) => viewers.flatMap((v) => [true, false].map((endorsed) => [i, v.id, endorsed, r, v] as const))))(
    'row %i for %s (endorsed: %s) is byte for byte the mapped DTO',
    (_i, _id, endorsedByMe, r, v) => {
      const { endorsedByMe: _none, ...card } = r;
      expect(cardJson(card, serialiseCard(card), v, endorsedByMe, now)).toBe(JSON.stringify(toStoryDto({ ...r, endorsedByMe }, v, now)));
    },
  );
});
