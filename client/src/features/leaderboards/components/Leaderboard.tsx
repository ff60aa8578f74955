import { Alert, Anchor, Card, Group, SegmentedControl, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ToneBadge } from '../../../components/ui/badges';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { formatDate } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import { useUrlState } from '../../../lib/url-state';
import { type LeaderboardEntry, type LeaderboardQuery, useLeaderboard } from '../api/get-leaderboard';

type Period = NonNullable<LeaderboardQuery['period']>;
type Metric = NonNullable<LeaderboardQuery['metric']>;

const PERIODS: { value: Period; label: string }[] = [
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
  { value: 'quarter', label: 'Quarter' },
  { value: 'year', label: 'Year' },
  { value: 'all', label: 'All time' },
];
const METRICS: { value: Metric; label: string; column: string }[] = [
  { value: 'score', label: 'Score', column: 'Score' },
  { value: 'stories', label: 'Stories', column: 'Stories as hero' },
  { value: 'endorsements', label: 'Endorsements', column: 'Endorsements received' },
  { value: 'points', label: 'Points', column: 'Reward points' },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function periodText(period: Period, start: string, end: string | null) {
  return period === 'all' ? 'All time' : `${formatDate(start)} – ${formatDate(end)}`;
}

/** Who is recognised most: period, scope and metric selectors; ties share a rank; your own row is marked. */
export function Leaderboard({
  viewerId,
  departments,
  defaultDepartmentId,
}: {
  viewerId: string;
  departments: { value: string; label: string }[];
  defaultDepartmentId?: string;
}) {
  // The choices live in the address: a board can be shared, survives a reload, and back undoes a change.
  const [choices, setChoices] = useUrlState(
    { period: 'month', metric: 'score', scope: defaultDepartmentId ?? 'company' },
    { period: PERIODS.map((p) => p.value), metric: METRICS.map((m) => m.value) },
  );
  const period = choices.period as Period;
  const metric = choices.metric as Metric;
  // A department that is not (or no longer) offered falls back to the whole company rather than an error.
  const scope =
    choices.scope === 'company' || (UUID.test(choices.scope) && (departments.length === 0 || departments.some((d) => d.value === choices.scope)))
      ? choices.scope
      : 'company';
  const setPeriod = (value: Period) => setChoices({ period: value });
  const setMetric = (value: Metric) => setChoices({ metric: value });
  const setScope = (value: string) => setChoices({ scope: value });
  const board = useLeaderboard({ period, metric, limit: 25, ...(scope === 'company' ? {} : { departmentId: scope }) });
  const column = METRICS.find((m) => m.value === metric)!.column;

  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="period-label">
            Period
          </Text>
          <SegmentedControl aria-labelledby="period-label" data={PERIODS} value={period} onChange={(v) => setPeriod(v as Period)} />
        </Stack>
        <Select
          label="Scope"
          data={[{ value: 'company', label: 'Whole company' }, ...departments]}
          value={scope}
          onChange={(v) => setScope(v ?? 'company')}
          allowDeselect={false}
          w={220}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="metric-label">
            Ranked by
          </Text>
          <SegmentedControl
            aria-labelledby="metric-label"
            data={METRICS.filter((m) => m.value !== 'points' || board.data?.pointsPublic !== false).map(({ value, label }) => ({ value, label }))}
            value={metric}
            onChange={(v) => setMetric(v as Metric)}
          />
        </Stack>
      </Group>

      {board.isPending ? (
        <CenteredLoader label="Loading the leaderboard" />
      ) : board.isError ? (
        <ErrorPanel title="The leaderboard is not available" message={problemMessage(board.error)} />
      ) : (
        <>
          <MyRank me={board.data.me} participants={board.data.participants} />
          <Card withBorder radius="lg" p={0}>
            <Group justify="space-between" p="md" pb="xs">
              <Text fw={700}>{periodText(period, board.data.periodStart, board.data.periodEnd)}</Text>
              <Text size="sm" c="dimmed">
                {board.data.participants} {board.data.participants === 1 ? 'person' : 'people'} recognised
              </Text>
            </Group>
            {board.data.items.length === 0 ? (
              <Text p="md" c="dimmed">
                Nobody has been recognised in this period yet. A story told today puts its heroes on the board at once.
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={560}>
                <Table verticalSpacing="sm" highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={70}>Rank</Table.Th>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>Department</Table.Th>
                      <Table.Th ta="right">{column}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {board.data.items.map((entry) => (
                      <EntryRow key={entry.employeeId} entry={entry} isMe={entry.employeeId === viewerId} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
          <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} aria-hidden />} title="How the board is counted">
            <Text size="sm">
              Stories: stories told in the period where the person is a hero. Endorsements: endorsements received in the period on those stories. Points: reward
              points received. {capitalise(board.data.scoreFormula)}. Equal values share a rank. Periods are calendar periods in the company’s time zone (
              {board.data.timeZone}); weeks start on Monday. Only current employees are ranked.
            </Text>
          </Alert>
        </>
      )}
    </Stack>
  );
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function EntryRow({ entry, isMe }: { entry: LeaderboardEntry; isMe: boolean }) {
  return (
    <Table.Tr bg={isMe ? 'ember.0' : undefined} aria-current={isMe ? 'true' : undefined} data-testid={isMe ? 'my-leaderboard-row' : undefined}>
      <Table.Td fw={800} fz="lg">
        {entry.rank}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} to={`/people/${entry.employeeId}`} fw={600} c="ember.9">
            {entry.name}
          </Anchor>
          {isMe && <ToneBadge tone="ember">You</ToneBadge>}
        </Group>
      </Table.Td>
      <Table.Td>{entry.department.name}</Table.Td>
      <Table.Td ta="right" fw={700}>
        {entry.value.toLocaleString()}
        <VisuallyHidden>
          {' '}
          ({entry.storiesAsHero} stories, {entry.endorsementsReceived} endorsements{entry.pointsReceived === null ? '' : `, ${entry.pointsReceived} points`})
        </VisuallyHidden>
      </Table.Td>
    </Table.Tr>
  );
}

function MyRank({ me, participants }: { me: LeaderboardEntry | null; participants: number }) {
  return (
    <Card withBorder radius="lg" p="md" bg="ember.0" data-testid="my-rank">
      {me ? (
        <Group gap="lg" wrap="wrap">
          <Text fz={32} fw={800} c="ember.9" lh={1}>
            #{me.rank}
          </Text>
          <Stack gap={0}>
            <Text fw={700}>Your rank of {participants}</Text>
            <Text size="sm">
              {me.storiesAsHero} {me.storiesAsHero === 1 ? 'story' : 'stories'} as hero · {me.endorsementsReceived} endorsements ·{' '}
              {(me.pointsReceived ?? 0).toLocaleString()} points · score {me.score}
            </Text>
          </Stack>
        </Group>
      ) : (
        <Text>You are not on this board yet: when a colleague tells a story about you, or endorses one, you will be.</Text>
      )}
    </Card>
  );
}
