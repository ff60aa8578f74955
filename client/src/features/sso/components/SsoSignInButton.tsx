import { Button } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A plain link (not a fetch): the browser itself goes to the provider and comes back to the callback. */
export function SsoSignInButton({ providerName, returnTo }: { providerName: string; returnTo: string }) {
  const { t } = useTranslation('sso');
  return (
    <Button
      component="a"
      href={`/api/sso/login?returnTo=${encodeURIComponent(returnTo)}`}
      variant="default"
      size="md"
      fullWidth
      leftSection={<IconKey size={18} aria-hidden />}
    >
      {t('signInWith', { provider: providerName })}
    </Button>
  );
}
