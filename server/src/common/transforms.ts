/** class-transformer helpers shared by the DTOs. */

/**
 * Bidirectional formatting controls: embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). They
 * reorder what a reader sees ("Trojan Source": a title that reads "Refund approved" but says the opposite) and are
 * invisible, so they are removed rather than refused: people paste them from chat and word processors without
 * knowing, and a 400 about a character nobody can see helps no one. Right-to-left text shows correctly without
 * them (the Unicode bidi algorithm orders Arabic and Hebrew letters by itself). The three directional marks (LRM,
 * RLM, ALM) are kept: they cannot reverse a span, and right-to-left writers use them to place punctuation by numbers.
 */
const BIDI_FORMATTING = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(value: string): string {
  return value.replace(BIDI_FORMATTING, '');
}

/** Every free-text field: bidi formatting controls removed, then surrounding white space. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? stripBidiControls(value).trim() : value);

/**
 * One spelling per address: Unicode NFKC (full-width "ａｌｉｃｅ" is "alice", a decomposed "é" is the composed one),
 * lower case, no bidi controls, no surrounding space. Lookalikes in other scripts are caught by emailSkeleton.
 */
export function canonicalEmail(value: string): string {
  return stripBidiControls(value.normalize('NFKC')).trim().toLowerCase();
}

/** Emails are compared case-insensitively: they are stored and looked up in canonical form. */
export const normaliseEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? canonicalEmail(value) : value);

/**
 * Ids are compared as text all over the services ("not yourself", "a department you manage"), so they are
 * lower-cased once, at the edge, wherever one arrives: `UuidParam` in paths, `IsCanonicalUuid` in bodies and queries.
 */
export const canonicalUuid = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.toLowerCase() : Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.toLowerCase() : v)) : value;

/** Query-string booleans: 'true' and 'false' become booleans; anything else is left for @IsBoolean to refuse. */
export const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/**
 * Query-string integers: only plain decimal digits become a number. `Number()` alone would also read '0x10', '1e3',
 * ' 7 ' and '' (as 0), which a query should not mean.
 */
export const queryInteger = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value);
