import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type SsoSettings = components['schemas']['SsoSettingsDto'];
export type UpdateSsoSettings = components['schemas']['UpdateSsoSettingsDto'];
const ssoKey = ['sso'] as const;

export function useSsoProvider() {
  return useQuery({
    queryKey: [...ssoKey, 'provider'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/sso/provider', { signal })),
    staleTime: 60_000,
  });
}

export function useSsoSettings() {
  return useQuery({ queryKey: [...ssoKey, 'settings'], queryFn: async ({ signal }) => unwrap(await api.GET('/api/sso/settings', { signal })) });
}

export function useSaveSsoSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: UpdateSsoSettings) => unwrap(await api.PUT('/api/sso/settings', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ssoKey }),
  });
}

export function useScimTokens() {
  return useQuery({ queryKey: [...ssoKey, 'scim-tokens'], queryFn: async ({ signal }) => unwrap(await api.GET('/api/scim-tokens', { signal })) });
}

export function useCreateScimToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (name: string) => unwrap(await api.POST('/api/scim-tokens', { body: { name } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...ssoKey, 'scim-tokens'] }),
  });
}

export function useRevokeScimToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/api/scim-tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...ssoKey, 'scim-tokens'] }),
  });
}

/** Why an SSO sign-in was refused, in words (the callback sends `sso_error=<reason>`). */
export const SSO_ERROR_MESSAGES: Record<string, string> = {
  not_configured: 'Single sign-on is not set up for this company.',
  provider_unavailable: 'Your identity provider could not be reached. Try again in a moment.',
  attempt_invalid: 'That sign-in link has expired or was already used. Start again.',
  provider_error: 'Your identity provider did not complete the sign-in.',
  token_invalid: 'Your identity provider’s answer could not be verified, so you were not signed in.',
  email_unverified: 'Your identity provider has not verified your email address, so it cannot be matched to an employee.',
  domain_not_allowed: 'Your email domain is not one this company signs in with.',
  unknown_person: 'You are not on this company’s roster yet. Ask HR to add you, then sign in again.',
  departed: 'This account belongs to someone who has left the company, so it cannot sign in.',
};
