import { Alert, Anchor, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useInvitation } from '../../features/invitations/api/get-invitation';
import { AcceptInvitationForm } from '../../features/invitations/components/AcceptInvitationForm';
import { ApiProblem, problemMessage } from '../../lib/problem';
import { AuthPageLayout } from './auth-page-layout';
import type { SignInState } from './sign-in';

function LinkGone() {
  const { t } = useTranslation('invitations');
  return (
    <Stack gap="md">
      <Title order={1} fz={24}>
        {t('page.gone')}
      </Title>
      <Alert color="gray" variant="light" icon={<IconLinkOff aria-hidden />}>
        {t('page.goneHint')}
      </Alert>
      <Text size="sm">
        {t('page.alreadySet')}{' '}
        <Anchor component={Link} to="/sign-in" fw={600}>
          {t('page.signIn')}
        </Anchor>
      </Text>
    </Stack>
  );
}

export default function InvitationRoute() {
  const { t } = useTranslation('invitations');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const invitation = useInvitation(token);
  const [gone, setGone] = useState(false);

  let body;
  if (invitation.isPending) {
    body = (
      <Stack gap="md" role="status" aria-busy="true" aria-label={t('page.loading')}>
        <Skeleton h={28} w="70%" />
        <Skeleton h={16} />
        <Skeleton h={42} />
        <Skeleton h={42} />
      </Stack>
    );
  } else if (gone || (invitation.error instanceof ApiProblem && [400, 404, 410].includes(invitation.error.status))) {
    body = <LinkGone />;
  } else if (invitation.isError) {
    body = (
      <Alert color="red" variant="light" title={t('page.failed')} role="alert">
        {problemMessage(invitation.error)}
      </Alert>
    );
  } else {
    const { employeeName, email } = invitation.data;
    body = (
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} fz={26}>
            {t('page.welcome', { name: employeeName })}
          </Title>
          <Text c="dimmed" size="sm">
            <Trans t={t} i18nKey="page.intro" values={{ email }} components={{ strong: <strong /> }} />
          </Text>
        </Stack>
        <AcceptInvitationForm
          token={token}
          onGone={() => setGone(true)}
          onAccepted={() => navigate('/sign-in', { replace: true, state: { email, passwordSet: true } satisfies SignInState })}
        />
      </Stack>
    );
  }

  return <AuthPageLayout>{body}</AuthPageLayout>;
}
