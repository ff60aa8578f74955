import { Alert, Button, Card, Code, Stack, Switch, Text, TextInput, Textarea, Title, PasswordInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { SsoSettings, useSaveSsoSettings } from '../api/sso';
import { Trans, useTranslation } from 'react-i18next';

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
  const { t } = useTranslation('sso');
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
      aria-label={t('form.label')}
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
                title: t('form.saved'),
                message: values.enabled ? t('form.savedOn', { provider: values.providerName }) : t('form.savedOff'),
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
          {t('form.title')}
        </Title>
        {readOnly && (
          <Alert color="blue" variant="light">
            {t('form.fromEnvironment')}
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          <Trans
            t={t}
            i18nKey="form.register"
            values={{ redirect: addresses.redirectUri, logout: addresses.postLogoutRedirectUri, backchannel: addresses.backchannelLogoutUri }}
            components={{ code: <Code /> }}
          />
        </Text>
        <Switch label={t('form.enabled')} {...toggle('enabled')} />
        <TextInput label={t('form.providerName')} placeholder={t('form.providerPlaceholder')} {...text('providerName', 'providerName')} />
        <TextInput label={t('form.issuer')} placeholder={t('form.issuerPlaceholder')} {...text('issuer', 'issuer')} />
        <TextInput label={t('form.clientId')} {...text('clientId', 'clientId')} />
        <PasswordInput
          visibilityToggleButtonProps={{ 'aria-label': t('ui:togglePassword') }}
          label={t('form.clientSecret')}
          description={settings.hasClientSecret ? t('form.secretStored') : t('form.secretNew')}
          {...text('clientSecret', 'clientSecret')}
          autoComplete="new-password"
        />
        <Textarea
          label={t('form.domains')}
          description={t('form.domainsHelp')}
          placeholder={t('form.domainsPlaceholder')}
          {...text('allowedDomainsText', 'allowedDomains')}
          autosize
          minRows={1}
        />
        <Switch label={t('form.jit')} {...toggle('jitProvisioning')} />
        <TextInput label={t('form.departmentClaim')} description={t('form.departmentClaimHelp')} {...text('departmentClaim', 'departmentClaim')} />
        <Switch label={t('form.require')} {...toggle('requireSso')} />
        <Textarea label={t('form.breakGlass')} description={t('form.breakGlassHelp')} {...text('breakGlassText', 'breakGlassEmails')} autosize minRows={1} />
        {!readOnly && (
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('form.save')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
