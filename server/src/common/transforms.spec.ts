import { canonicalUuid, stripBidiControls, trim } from './transforms';

describe('free-text transforms', () => {
  it('removes bidi embeddings, overrides and isolates from free text, and keeps the directional marks', () => {
    expect(trim({ value: ' \u202Eevil\u202C title ' })).toBe('evil title');
    expect(stripBidiControls('a\u202Ab\u202Bc\u202Dd\u2066e\u2067f\u2068g\u2069h')).toBe('abcdefgh');
    expect(stripBidiControls('שלום\u200F 123')).toBe('שלום\u200F 123');
  });

  it('lower-cases ids, alone or in arrays, and leaves anything else for validation', () => {
    expect(canonicalUuid({ value: 'ABCDEF01-0000-4000-8000-00000000000A' })).toBe('abcdef01-0000-4000-8000-00000000000a');
    expect(canonicalUuid({ value: ['A', 'b', 3] })).toEqual(['a', 'b', 3]);
    expect(canonicalUuid({ value: 42 })).toBe(42);
  });
});
