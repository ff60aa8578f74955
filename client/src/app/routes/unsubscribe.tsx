import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EMAIL_KIND_LABELS, useUnsubscribe } from '../../features/email-preferences';
import { problemMessage } from '../../lib/problem';
import { AuthPageLayout } from './auth-page-layout';

/** From the link in an email, without signing in: one button stops exactly that kind of email. */
export default function UnsubscribeRoute() {
  const { t } = useTranslation('email-preferences');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const unsubscribe = useUnsubscribe();
  return (
    <AuthPageLayout>
      <Stack gap="lg">
        <Title order={1} fz={26}>
          {t('unsubscribe.title')}
        </Title>
        {unsubscribe.isSuccess ? (
          <Alert color="green" variant="light" role="status" title={t('unsubscribe.done')}>
            {t('unsubscribe.doneBody', { kind: t(EMAIL_KIND_LABELS[unsubscribe.data.kind].label) })}
          </Alert>
        ) : (
          <>
            <Text size="sm">{t('unsubscribe.intro')}</Text>
            {unsubscribe.isError && (
              <Alert color="red" variant="light" role="alert">
                {problemMessage(unsubscribe.error)}
              </Alert>
            )}
            <Button onClick={() => unsubscribe.mutate(token)} loading={unsubscribe.isPending}>
              {t('unsubscribe.submit')}
            </Button>
          </>
        )}
        <Text size="sm">
          {t('unsubscribe.signedIn')}{' '}
          <Anchor component={Link} to="/me/email" fw={600}>
            {t('unsubscribe.settings')}
          </Anchor>
        </Text>
      </Stack>
    </AuthPageLayout>
  );
}
