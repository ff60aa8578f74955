import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/** The message shown for an input, found the way assistive technology finds it: through aria-describedby. */
export function describedBy(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** Types into the field a person finds by its label, as pasting does; returns the field. */
export async function typeInto(label: RegExp, text: string): Promise<HTMLElement> {
  const input = screen.getByLabelText(label);
  await userEvent.click(input);
  await userEvent.paste(text);
  return input;
}
