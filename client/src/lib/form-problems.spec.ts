import { describe, expect, it } from '@jest/globals';
import { ApiProblem } from './problem';
import { describeFieldProblem, formProblem } from './form-problems';

describe('describeFieldProblem', () => {
  it.each([
    ['occurredOn', 'occurredOn cannot be in the future.', 'the day it happened', 'The day it happened cannot be after today: choose today or an earlier day.'],
    ['name', 'name must be shorter than or equal to 120 characters', 'the name', 'The name can be at most 120 characters long: shorten it.'],
    ['departmentId', 'departmentId must be a UUID', 'the department', 'The department: choose from the list (that one is not known here).'],
    ['asOf', 'asOf cannot be in the future', 'the "as of" day', 'The "as of" day cannot be after today: choose today or an earlier day.'],
    ['email', 'email must be an email address', 'the work email', 'The work email must be an email address, like name@company.com.'],
    ['occurredOn', 'occurredOn is before a hero was hired.', 'the day it happened', 'The day it happened cannot be before the hire date: choose a later day.'],
  ])('rewrites %s: "%s"', (field, message, name, expected) => {
    const sentence = describeFieldProblem(field, message, name);
    expect(sentence).toBe(expected);
    // No field name in camelCase, no validator jargon.
    expect(sentence).not.toMatch(/\b[a-z]+[A-Z]\w*\b|UUID|shorter than or equal/);
  });

  it('passes a sentence already written for people through unchanged', () => {
    expect(describeFieldProblem('email', 'That email address is already on the roster.', 'the work email')).toBe(
      'That email address is already on the roster.',
    );
  });
});

describe('formProblem', () => {
  const names = { title: { name: 'the title' }, heroIds: { name: 'the heroes', formField: 'heroes' } };
  const problem = (errors: { field: string; message: string }[]) =>
    new ApiProblem({ type: 'urn:x', title: 'Bad Request', status: 400, detail: `The request has ${errors.length} invalid fields`, errors });

  it('puts each sentence on its form field and never shows the summary', () => {
    const result = formProblem(
      problem([
        { field: 'title', message: 'title must be shorter than or equal to 120 characters' },
        { field: 'heroIds', message: 'heroIds must name at least one hero' },
      ]),
      names,
    );
    expect(result.fields).toEqual({ title: 'The title can be at most 120 characters long: shorten it.', heroes: 'The heroes must name at least one hero.' });
    expect(result.general).toBeNull();
  });

  it('keeps a general sentence for a refusal that names no field of the form', () => {
    const result = formProblem(
      new ApiProblem({ type: 'urn:x', title: 'Unprocessable', status: 422, detail: 'Stories can be edited for 7 days after they are told.' }),
      names,
    );
    expect(result).toEqual({ fields: {}, general: 'Stories can be edited for 7 days after they are told.' });
  });
});
