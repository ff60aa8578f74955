import { readRatingBody } from './rating-body';

const base = { rating: 'good', ticketId: 42, ticketUrl: 'https://acme.freshdesk.com/a/tickets/42' };

describe('reading a helpdesk rating', () => {
  it('takes a numeric ticket id, null optional fields, and cuts a long comment instead of refusing it', () => {
    const read = readRatingBody({ ...base, comment: 'x'.repeat(2000), agentEmail: null, customerName: null });
    expect(read).toMatchObject({ kind: 'rating', good: true, rating: { ticketId: '42', agentEmail: null, customerName: null } });
    expect(read.kind === 'rating' && read.rating.comment.length).toBe(1500);
  });

  it('reads a rating that is not good as such, to be ignored after the signature', () => {
    expect(readRatingBody({ ...base, rating: 2 })).toMatchObject({ kind: 'rating', good: false });
  });

  it('names each malformed field', () => {
    const read = readRatingBody({ rating: null, ticketUrl: 'ftp://x', agentEmail: 7 });
    expect(read.kind === 'invalid' && read.errors.map((e) => e.field)).toEqual(['rating', 'ticketId', 'ticketUrl', 'agentEmail']);
    expect(readRatingBody([1])).toMatchObject({ kind: 'invalid', errors: [{ field: 'body' }] });
  });
});
