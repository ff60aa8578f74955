import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { i18n } from '../../../lib/i18n';

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

/** Why an SSO sign-in was refused, in words (the callback sends `sso_error=<reason>`); undefined for a reason it does not know. */
const SSO_ERRORS: Record<string, string> = {
  not_configured: 'sso:error.not_configured',
  provider_unavailable: 'sso:error.provider_unavailable',
  attempt_invalid: 'sso:error.attempt_invalid',
  provider_error: 'sso:error.provider_error',
  token_invalid: 'sso:error.token_invalid',
  email_unverified: 'sso:error.email_unverified',
  domain_not_allowed: 'sso:error.domain_not_allowed',
  unknown_person: 'sso:error.unknown_person',
  departed: 'sso:error.departed',
};

export function ssoErrorMessage(reason: string): string | undefined {
  return Object.hasOwn(SSO_ERRORS, reason) ? i18n.t(SSO_ERRORS[reason]) : undefined;
}
