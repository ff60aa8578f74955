import { IsEmail, IsInt, ValidateNested, validateSync } from 'class-validator';
import { plainToInstance, Type } from 'class-transformer';
import { flattenValidationErrors, unreadableTextAt } from './validation';

class Address {
  @IsInt() floor: number;
}

class Form {
  @IsEmail() email: string;
  @ValidateNested({ each: true }) @Type(() => Address) addresses: Address[];
}

describe('flattenValidationErrors', () => {
  it('names nested fields with dotted paths and array indexes', () => {
    const form = plainToInstance(Form, { email: 'x', addresses: [{ floor: 1 }, { floor: 'two' }] });
    const errors = flattenValidationErrors(validateSync(form));
    expect(errors).toEqual([
      { field: 'email', message: 'email must be an email' },
      { field: 'addresses[1].floor', message: 'floor must be an integer number' },
    ]);
  });

  it('says plainly that an unknown field is not allowed', () => {
    const form = plainToInstance(Form, { email: 'a@b.example', addresses: [], role: 'admin' });
    const errors = flattenValidationErrors(validateSync(form, { whitelist: true, forbidNonWhitelisted: true }));
    expect(errors).toEqual([{ field: 'role', message: 'role is not an allowed field' }]);
  });
});

describe('unreadableTextAt', () => {
  it('finds a NUL character (which PostgreSQL text cannot hold) and names where it is', () => {
    expect(unreadableTextAt({ title: 'fine', heroes: [{ name: 'ok' }, { name: 'a\u0000b' }] }, '')).toEqual({
      field: 'heroes[1].name',
      reason: 'contains a NUL character',
    });
    expect(unreadableTextAt('csv\u0000', 'body')?.field).toBe('body');
    expect(unreadableTextAt({ title: 'fine', count: 3, flag: null }, '')).toBeUndefined();
  });

  it('finds half of a UTF-16 pair (the email validator throws on one), and lets whole pairs through', () => {
    expect(unreadableTextAt({ email: '\ud800' }, '')).toEqual({ field: 'email', reason: 'contains a broken character (half of a UTF-16 pair)' });
    expect(unreadableTextAt({ note: 'x\udc00y' }, '')?.field).toBe('note');
    expect(unreadableTextAt({ note: 'thanks 🎉 — ¡gracias!' }, '')).toBeUndefined();
  });
});
