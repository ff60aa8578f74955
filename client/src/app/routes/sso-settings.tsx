import { Loader, Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { ErrorPanel } from '../../components/ui/error-panel';
import { ScimTokens, SsoSettingsForm, useSsoSettings } from '../../features/sso';
import { problemMessage } from '../../lib/problem';

export default function SsoSettingsRoute() {
  const page = useSsoSettings();
  return (
    <Stack gap="lg">
      <PageHeader title="Single sign-on" description="Let people sign in with your identity provider, and let it create and remove accounts." />
      {page.isError ? (
        <ErrorPanel message={problemMessage(page.error)} onRetry={() => void page.refetch()} />
      ) : !page.data ? (
        <Loader role="status" aria-label="Loading" />
      ) : (
        <>
          <SsoSettingsForm key={JSON.stringify(page.data.settings)} settings={page.data.settings} addresses={page.data.addresses} />
          <ScimTokens scimBaseUrl={page.data.addresses.scimBaseUrl} />
        </>
      )}
    </Stack>
  );
}
