import { Alert, Button, Card, Code, Stack, Switch, Text, TextInput, Textarea, Title, PasswordInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { SsoSettings, useSaveSsoSettings } from '../api/sso';

const FIELDS = ['providerName', 'issuer', 'clientId', 'clientSecret', 'allowedDomains', 'breakGlassEmails', 'departmentClaim'] as const;
const list = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((v) => v.trim())
    .filter(Boolean);

/** The OpenID Connect provider an admin connects; the secret is write-only (stored encrypted, never shown). */
export function SsoSettingsForm({
  settings,
  addresses,
}: {
  settings: SsoSettings;
  addresses: { redirectUri: string; postLogoutRedirectUri: string; backchannelLogoutUri: string };
}) {
  const save = useSaveSsoSettings();
  const [values, setValues] = useState({
    ...settings,
    clientSecret: '',
    allowedDomainsText: settings.allowedDomains.join(', '),
    breakGlassText: settings.breakGlassEmails.join(', '),
  });
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const set = (key: string, value: unknown) => setValues((v) => ({ ...v, [key]: value }));
  const readOnly = settings.managedByEnvironment;
  type TextKey = 'providerName' | 'issuer' | 'clientId' | 'clientSecret' | 'allowedDomainsText' | 'departmentClaim' | 'breakGlassText';
  /** The props every text field shares: its value, its change, the server's word on it (under `errorKey`), read-only. */
  const text = (key: TextKey, errorKey: (typeof FIELDS)[number]) => ({
    value: values[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
    error: errors[errorKey],
    disabled: readOnly,
  });
  const toggle = (key: 'enabled' | 'jitProvisioning' | 'requireSso') => ({
    checked: values[key],
    onChange: (e: { currentTarget: { checked: boolean } }) => set(key, e.currentTarget.checked),
    disabled: readOnly,
  });

  return (
    <Card
      withBorder
      radius="lg"
      p="lg"
      component="form"
      aria-label="Single sign-on settings"
      onSubmit={(event) => {
        event.preventDefault();
        setErrors({});
        // mutateAsync, not mutate's callbacks: the saved settings remount this form (its key), and TanStack Query
        // skips the callbacks of a mutate whose component has gone.
        save
          .mutateAsync({
            enabled: values.enabled,
            providerName: values.providerName,
            issuer: values.issuer,
            clientId: values.clientId,
            ...(values.clientSecret ? { clientSecret: values.clientSecret } : {}),
            allowedDomains: list(values.allowedDomainsText),
            requireSso: values.requireSso,
            breakGlassEmails: list(values.breakGlassText),
            jitProvisioning: values.jitProvisioning,
            departmentClaim: values.departmentClaim,
          })
          .then(
            () => {
              set('clientSecret', '');
              notifications.show({
                color: 'green',
                title: 'Single sign-on saved',
                message: values.enabled ? `People can now sign in with ${values.providerName}.` : 'Single sign-on is off.',
              });
            },
            (error: unknown) => {
              const { fields } = fieldErrorsFor(error, [...FIELDS]);
              setErrors(Object.keys(fields).length ? fields : { issuer: problemMessage(error) });
            },
          );
      }}
    >
      <Stack gap="md">
        <Title order={2} fz="lg">
          Sign-in (OpenID Connect)
        </Title>
        {readOnly && (
          <Alert color="blue" variant="light">
            These settings come from the server’s environment (SSO_ISSUER and related variables) and can only be changed there.
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          At your provider, register a web application with the sign-in redirect URI <Code>{addresses.redirectUri}</Code>, the sign-out redirect URI{' '}
          <Code>{addresses.postLogoutRedirectUri}</Code> and, if it offers one, the back-channel logout URI <Code>{addresses.backchannelLogoutUri}</Code>.
        </Text>
        <Switch label="Offer single sign-on" {...toggle('enabled')} />
        <TextInput label="Provider name (shown on the button)" placeholder="e.g. Okta" {...text('providerName', 'providerName')} />
        <TextInput label="Issuer URL" placeholder="https://your-company.okta.com" {...text('issuer', 'issuer')} />
        <TextInput label="Client ID" {...text('clientId', 'clientId')} />
        <PasswordInput
          label="Client secret"
          description={settings.hasClientSecret ? 'A secret is stored. Leave empty to keep it.' : 'Stored encrypted; it is never shown again.'}
          {...text('clientSecret', 'clientSecret')}
          autoComplete="new-password"
        />
        <Textarea
          label="Allowed email domains"
          description="Comma-separated; empty allows any."
          placeholder="larkspur.example"
          {...text('allowedDomainsText', 'allowedDomains')}
          autosize
          minRows={1}
        />
        <Switch label="Create people on their first sign-in (as staff)" {...toggle('jitProvisioning')} />
        <TextInput
          label="Department claim"
          description="The ID-token claim that names a new person’s department."
          {...text('departmentClaim', 'departmentClaim')}
        />
        <Switch label="Require single sign-on for everyone except break-glass admins" {...toggle('requireSso')} />
        <Textarea
          label="Break-glass admins"
          description="Emails of admins who may still sign in with a password (if the provider is down)."
          {...text('breakGlassText', 'breakGlassEmails')}
          autosize
          minRows={1}
        />
        {!readOnly && (
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            Save single sign-on
          </Button>
        )}
      </Stack>
    </Card>
  );
}
