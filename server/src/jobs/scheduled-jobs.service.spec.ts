import { periodStartOf } from './scheduled-jobs.service';

describe('periodStartOf', () => {
  it('puts every moment of a period on the same start, whichever instance asks', () => {
    expect(periodStartOf(new Date('2026-03-01T10:59:59.999Z'), 3600).toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(periodStartOf(new Date('2026-03-01T11:00:00.000Z'), 3600).toISOString()).toBe('2026-03-01T11:00:00.000Z');
    expect(periodStartOf(new Date('2026-03-01T11:00:07.300Z'), 5).toISOString()).toBe('2026-03-01T11:00:05.000Z');
  });
});
