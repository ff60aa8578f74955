import { describe, expect, it } from '@jest/globals';
import { quarterChoices, quarterOf, shiftQuarter } from './quarters';

describe('budget quarters', () => {
  it('puts a date in the quarter its month belongs to', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-11-23')).toBe('2026-Q4');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
  });

  it('steps across years both ways', () => {
    expect(shiftQuarter('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftQuarter('2026-Q2', -6)).toBe('2024-Q4');
    expect(shiftQuarter('2026-Q3', 0)).toBe('2026-Q3');
  });

  it('offers the last four quarters, the current one and the next', () => {
    expect(quarterChoices('2026-Q4')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1']);
  });

  it('refuses a label that is not a quarter', () => {
    expect(() => shiftQuarter('2026-Q5', 1)).toThrow('Not a quarter');
  });
});
