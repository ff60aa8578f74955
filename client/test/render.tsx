import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { theme } from '../src/app/theme';

/** Renders a piece of the SPA with what the app gives it: Mantine's theme and a fresh query client per test. */
export function renderWithProviders(ui: ReactElement) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
  return render(ui, { wrapper });
}

export interface SentRequest {
  method: string;
  path: string;
  /** The query string's parameters. */
  query: Record<string, string>;
  authorization: string | null;
  body: string;
}

/**
 * A fake HTTP server in place of fetch: `answer` decides the response to each request, and every request is kept in
 * `sent` in order. The client's own code (api-client, auth-session, the fetchers) runs unchanged above it.
 */
export function fakeServer(answer: (request: SentRequest) => { status: number; body?: unknown; headers?: Record<string, string> }) {
  const sent: SentRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), 'http://localhost'), init);
    const seen: SentRequest = {
      method: request.method,
      path: new URL(request.url).pathname,
      query: Object.fromEntries(new URL(request.url).searchParams),
      authorization: request.headers.get('Authorization'),
      body: await request.text(),
    };
    sent.push(seen);
    const { status, body, headers } = answer(seen);
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } });
  };
  globalThis.fetch = fetch as typeof globalThis.fetch;
  return { sent };
}

export const problem = (status: number, detail: string, errors?: { field: string; message: string }[]) => ({
  type: 'about:blank',
  title: status === 422 ? 'Unprocessable Content' : status === 401 ? 'Unauthorized' : 'Bad Request',
  status,
  detail,
  ...(errors ? { errors } : {}),
});
