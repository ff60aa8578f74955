import { Anchor, Card, Group, List, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { ToneBadge } from '../../../components/ui/badges';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { formatDate } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import { type UnrecognisedChampion, useUnrecognised } from '../api/unrecognised';
import { formatNumber } from '../../../lib/intl';
import { Trans, useTranslation } from 'react-i18next';

/** The reward button on a champion's card: the app composes it from rewards (which refreshes this list after a reward). */
type RewardAction = (champion: UnrecognisedChampion) => ReactNode;

/** People whose peers keep endorsing them but whom no manager rewarded, and teams' recognition gaps. */
export function UnrecognisedChampions({ rewardAction }: { rewardAction: RewardAction }) {
  const { t } = useTranslation('champions');
  const [days, setDays] = useState('90');
  const result = useUnrecognised({ days: Number(days) });
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="window-label">
          {t('window')}
        </Text>
        <SegmentedControl
          aria-labelledby="window-label"
          data={[
            { value: '30', label: t('days', { count: 30 }) },
            { value: '90', label: t('days', { count: 90 }) },
            { value: '180', label: t('days', { count: 180 }) },
            { value: '365', label: t('aYear') },
          ]}
          value={days}
          onChange={setDays}
          w="fit-content"
        />
      </Stack>
      {result.isPending ? (
        <CenteredLoader label={t('loading')} />
      ) : result.isError ? (
        <ErrorPanel title={t('unavailable')} message={problemMessage(result.error)} />
      ) : (
        <>
          <Title order={2} fz="xl">
            {t('strongTitle', { count: result.data.days })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('strongHelp', { count: result.data.minEndorsements, since: formatDate(result.data.since) })}
          </Text>
          {result.data.champions.length === 0 ? (
            <Card withBorder radius="lg" p="lg">
              <Text>{t('nobody')}</Text>
            </Card>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {result.data.champions.map((c) => (
                <ChampionCard key={c.employeeId} champion={c} rewardAction={rewardAction} />
              ))}
            </SimpleGrid>
          )}
          <Title order={2} fz="xl" mt="md">
            {t('teamsTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('teamsHelp', { since: formatDate(result.data.since), days: 90 })}
          </Text>
          <Card withBorder radius="lg" p={0}>
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('column.department')}</Table.Th>
                    <Table.Th ta="right">{t('column.people')}</Table.Th>
                    <Table.Th ta="right">{t('column.recognised')}</Table.Th>
                    <Table.Th ta="right">{t('column.unrecognised')}</Table.Th>
                    <Table.Th ta="right">{t('column.newHires')}</Table.Th>
                    <Table.Th>{t('column.who')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.data.teams.map((team) => (
                    <Table.Tr key={team.department.id}>
                      <Table.Td fw={600}>{team.department.name}</Table.Td>
                      <Table.Td ta="right">{formatNumber(team.headcount)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(team.recognised)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(team.unrecognised)}</Table.Td>
                      <Table.Td ta="right">{t('newHiresOf', { count: team.newHiresUnrecognised, of: team.newHires })}</Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {team.people.length === 0
                            ? t('everyone')
                            : team.people.map((p, i) => (
                                <span key={p.employeeId}>
                                  {i > 0 && ', '}
                                  <Anchor component={Link} to={`/people/${p.employeeId}`} c="ember.9">
                                    {p.name}
                                  </Anchor>
                                  {p.newHire && ` ${t('newHire')}`}
                                </span>
                              ))}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        </>
      )}
    </Stack>
  );
}

function ChampionCard({ champion: c, rewardAction }: { champion: UnrecognisedChampion; rewardAction: RewardAction }) {
  const { t } = useTranslation('champions');
  const latest = c.latestCustomerCompliment;
  return (
    <Card withBorder radius="lg" p="md" component="article" aria-labelledby={`champion-${c.employeeId}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={0}>
            <Group gap="xs">
              <ToneBadge tone="amber">#{c.rank}</ToneBadge>
              <Title order={3} fz="lg" id={`champion-${c.employeeId}`}>
                <Anchor component={Link} to={`/people/${c.employeeId}`} c="inherit" fw={700}>
                  {c.name}
                </Anchor>
              </Title>
            </Group>
            <Text size="sm" c="dimmed">
              {c.jobTitle || t('teamMember')} · {c.department.name}
            </Text>
          </Stack>
          {rewardAction(c)}
        </Group>
        <Text size="sm">
          <Trans t={t} i18nKey="card.summary" values={{ endorsements: c.endorsementsReceived, stories: c.storiesAsHero }} components={{ strong: <strong /> }} />{' '}
          · {c.lastRewardedOn ? t('card.lastRewarded', { date: formatDate(c.lastRewardedOn) }) : t('card.neverRewarded')}
        </Text>
        {c.customerCompliments > 0 && (
          <Text size="sm">
            <strong>{t('customerCompliments', { count: c.customerCompliments })}</strong>
            {latest && (
              <>
                {' · '}
                {t('latestCompliment', { date: formatDate(latest.receivedAt.slice(0, 10)) })}{' '}
                <Anchor component={Link} to={`/stories/${latest.storyId}`} c="ember.9">
                  {latest.storyTitle}
                </Anchor>
              </>
            )}
          </Text>
        )}
        {c.topStories.length > 0 && (
          <List size="sm" spacing={2}>
            {c.topStories.map((s) => (
              <List.Item key={s.id}>
                <Anchor component={Link} to={`/stories/${s.id}`} c="ember.9">
                  {s.title}
                </Anchor>{' '}
                {t('card.storyEndorsements', { count: s.endorsementCount })}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
