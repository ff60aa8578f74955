import { ConcurrencyGate } from './concurrency-gate';

describe('ConcurrencyGate', () => {
  it('lets each person hold at most the limit at once, and frees a slot when one finishes', () => {
    const gate = new ConcurrencyGate(2);
    expect([gate.tryEnter('ada'), gate.tryEnter('ada'), gate.tryEnter('ada')]).toEqual([true, true, false]);
    expect(gate.tryEnter('bo')).toBe(true);
    gate.leave('ada');
    expect(gate.tryEnter('ada')).toBe(true);
    expect(gate.holding('ada')).toBe(2);
  });

  it('forgets a person with nothing in flight, and never goes below zero', () => {
    const gate = new ConcurrencyGate(1);
    gate.tryEnter('ada');
    gate.leave('ada');
    gate.leave('ada');
    expect(gate.holding('ada')).toBe(0);
    expect(gate.tryEnter('ada')).toBe(true);
    expect(gate.tryEnter('ada')).toBe(false);
  });
});
