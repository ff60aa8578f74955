import { Loader, Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { ErrorPanel } from '../../components/ui/error-panel';
import { ScimTokens, SsoSettingsForm, useSsoSettings } from '../../features/sso';
import { problemMessage } from '../../lib/problem';
import { useTranslation } from 'react-i18next';

export default function SsoSettingsRoute() {
  const { t } = useTranslation('sso');
  const page = useSsoSettings();
  return (
    <Stack gap="lg">
      <PageHeader title={t('page.title')} description={t('page.description')} />
      {page.isError ? (
        <ErrorPanel message={problemMessage(page.error)} onRetry={() => void page.refetch()} />
      ) : !page.data ? (
        <Loader role="status" aria-label={t('page.loading')} />
      ) : (
        <>
          <SsoSettingsForm key={JSON.stringify(page.data.settings)} settings={page.data.settings} addresses={page.data.addresses} />
          <ScimTokens scimBaseUrl={page.data.addresses.scimBaseUrl} />
        </>
      )}
    </Stack>
  );
}
