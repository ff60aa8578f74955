import { Anchor, Card, Group, Stack, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link } from 'react-router';
import { GiveKudosButton } from './GiveKudosButton';
import { KudosList } from './KudosList';
import { useTranslation } from 'react-i18next';

/** Above the feed: the latest quick kudos, "See all", and "Give kudos". Kept out of the story feed on purpose. */
export function KudosStrip({ viewerId }: { viewerId: string }) {
  // On a phone only the latest one, so the first story still starts on the first screen.
  const { t } = useTranslation('kudos');
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  return (
    <Card withBorder radius="lg" p="md" component="section" aria-labelledby="quick-kudos-title">
      <Stack gap="sm">
        <Group justify="space-between" align="center" gap="xs">
          <Title order={2} fz="md" id="quick-kudos-title">
            {t('strip.title')}
          </Title>
          <Group gap="sm">
            <Anchor component={Link} to="/kudos" size="sm">
              {t('strip.seeAll')}
            </Anchor>
            <GiveKudosButton viewerId={viewerId} size="xs" />
          </Group>
        </Group>
        <KudosList limit={phone ? 1 : 3} label={t('strip.latest')} emptyText={t('strip.empty')} />
      </Stack>
    </Card>
  );
}
