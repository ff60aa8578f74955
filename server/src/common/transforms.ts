/** class-transformer helpers shared by the DTOs. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Emails are compared case-insensitively: they are stored and looked up lower-cased. */
export const normaliseEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** Query-string booleans: 'true' and 'false' become booleans; anything else is left for @IsBoolean to refuse. */
export const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/**
 * Query-string integers: only plain decimal digits become a number. `Number()` alone would also read '0x10', '1e3',
 * ' 7 ' and '' (as 0), which a query should not mean.
 */
export const queryInteger = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value);
