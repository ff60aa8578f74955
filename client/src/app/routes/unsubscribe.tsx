import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { EMAIL_KIND_LABELS, useUnsubscribe } from '../../features/email-preferences';
import { problemMessage } from '../../lib/problem';
import { AuthPageLayout } from './auth-page-layout';

/** From the link in an email, without signing in: one button stops exactly that kind of email. */
export default function UnsubscribeRoute() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const unsubscribe = useUnsubscribe();
  return (
    <AuthPageLayout>
      <Stack gap="lg">
        <Title order={1} fz={26}>
          Stop these emails
        </Title>
        {unsubscribe.isSuccess ? (
          <Alert color="green" variant="light" role="status" title="Done">
            You will get no more “{EMAIL_KIND_LABELS[unsubscribe.data.kind].label}” emails. Other emails are unchanged.
          </Alert>
        ) : (
          <>
            <Text size="sm">Heroics will stop sending you this kind of email. Every other kind stays as it is.</Text>
            {unsubscribe.isError && (
              <Alert color="red" variant="light" role="alert">
                {problemMessage(unsubscribe.error)}
              </Alert>
            )}
            <Button onClick={() => unsubscribe.mutate(token)} loading={unsubscribe.isPending}>
              Unsubscribe
            </Button>
          </>
        )}
        <Text size="sm">
          Signed in?{' '}
          <Anchor component={Link} to="/me/email" fw={600}>
            Choose all your email settings
          </Anchor>
        </Text>
      </Stack>
    </AuthPageLayout>
  );
}
