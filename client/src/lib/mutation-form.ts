import { type FormEvent, useState } from 'react';
import { fieldErrorsFor, problemMessage } from './problem';

type Mutate<D, V> = (variables: V, options: { onSuccess?: (data: D) => void; onError: (error: Error) => void }) => void;

/**
 * A small settings form that sends one mutation: the errors it shows under its fields are the server's field errors
 * for `fields`, or, when none of them matched, the problem's message under `fallback`. `submit` is the form's
 * handler: no page reload, old errors cleared, the mutation sent with `variables`, `onSuccess` once it is done.
 */
export function useMutationForm<F extends string>(fields: readonly F[], fallback: F) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const onError = (error: unknown) => {
    const matched = fieldErrorsFor(error, fields).fields as Partial<Record<F, string>>;
    setErrors(Object.keys(matched).length ? matched : ({ [fallback]: problemMessage(error) } as Partial<Record<F, string>>));
  };
  const submit =
    <D, V>(mutation: { mutate: Mutate<D, V> }, variables: V, onSuccess?: (data: D) => void) =>
    (event: FormEvent) => {
      event.preventDefault();
      setErrors({});
      mutation.mutate(variables, { onSuccess, onError });
    };
  return { errors, submit };
}
