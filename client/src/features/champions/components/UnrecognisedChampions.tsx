import { Anchor, Card, Group, List, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ToneBadge } from '../../../components/ui/badges';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { formatDate } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import { type UnrecognisedChampion, useUnrecognised } from '../api/unrecognised';

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
          Window
        </Text>
        <SegmentedControl
          aria-labelledby="window-label"
          data={[
            { value: '30', label: '30 days' },
            { value: '90', label: '90 days' },
            { value: '180', label: '180 days' },
            { value: '365', label: 'A year' },
          ]}
          value={days}
          onChange={setDays}
          w="fit-content"
        />
      </Stack>
      {result.isPending ? (
        <CenteredLoader label="Looking for unrecognised champions" />
      ) : result.isError ? (
        <ErrorPanel title="Not available" message={problemMessage(result.error)} />
      ) : (
        <>
          <Title order={2} fz="xl">
            {t('heading', { days: result.data.days })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('explanation', { since: formatDate(result.data.since), min: result.data.minEndorsements })}
          </Text>
          {result.data.champions.length === 0 ? (
            <Card withBorder radius="lg" p="lg">
              <Text>{t('nobodyWaiting')}</Text>
            </Card>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {result.data.champions.map((c) => (
                <ChampionCard key={c.employeeId} champion={c} rewardAction={rewardAction} />
              ))}
            </SimpleGrid>
          )}
          <Title order={2} fz="xl" mt="md">
            Teams: who had no recognition at all
          </Title>
          <Text size="sm" c="dimmed">
            Not a hero of any story and no reward since {formatDate(result.data.since)}. New hires are people in their first 90 days. Counts, not scores: a
            starting point for a conversation.
          </Text>
          <Card withBorder radius="lg" p={0}>
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Department</Table.Th>
                    <Table.Th ta="right">People</Table.Th>
                    <Table.Th ta="right">Recognised</Table.Th>
                    <Table.Th ta="right">Not recognised</Table.Th>
                    <Table.Th ta="right">New hires without any</Table.Th>
                    <Table.Th>Who</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.data.teams.map((team) => (
                    <Table.Tr key={team.department.id}>
                      <Table.Td fw={600}>{team.department.name}</Table.Td>
                      <Table.Td ta="right">{team.headcount}</Table.Td>
                      <Table.Td ta="right">{team.recognised}</Table.Td>
                      <Table.Td ta="right">{team.unrecognised}</Table.Td>
                      <Table.Td ta="right">
                        {team.newHiresUnrecognised} of {team.newHires}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {team.people.length === 0
                            ? 'Everyone'
                            : team.people.map((p, i) => (
                                <span key={p.employeeId}>
                                  {i > 0 && ', '}
                                  <Anchor component={Link} to={`/people/${p.employeeId}`} c="ember.9">
                                    {p.name}
                                  </Anchor>
                                  {p.newHire && ' (new)'}
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
              {c.jobTitle || 'Team member'} · {c.department.name}
            </Text>
          </Stack>
          {rewardAction(c)}
        </Group>
        <Text size="sm">
          <strong>{c.endorsementsReceived}</strong> endorsements received · <strong>{c.storiesAsHero}</strong> {c.storiesAsHero === 1 ? 'story' : 'stories'} as
          hero · {c.lastRewardedOn ? `last rewarded ${formatDate(c.lastRewardedOn)}` : 'never rewarded'}
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
                ({s.endorsementCount} endorsements)
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
