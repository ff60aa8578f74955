import { Alert, Anchor, Card, Group, SegmentedControl, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ToneBadge } from '../../../components/ui/badges';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { formatDate } from '../../../lib/dates';
import { formatNumber } from '../../../lib/intl';
import { problemMessage } from '../../../lib/problem';
import { useUrlState } from '../../../lib/url-state';
import { type LeaderboardEntry, type LeaderboardQuery, useLeaderboard } from '../api/get-leaderboard';

type Period = NonNullable<LeaderboardQuery['period']>;
type Metric = NonNullable<LeaderboardQuery['metric']>;

const PERIODS: Period[] = ['week', 'month', 'quarter', 'year', 'all'];
const METRICS: Metric[] = ['score', 'stories', 'endorsements', 'points'];

function periodLabels(t: TFunction): Record<Period, string> {
  return { week: t('period.week'), month: t('period.month'), quarter: t('period.quarter'), year: t('period.year'), all: t('period.all') };
}

function metricLabels(t: TFunction): Record<Metric, { label: string; column: string }> {
  return {
    score: { label: t('metric.score'), column: t('column.score') },
    stories: { label: t('metric.stories'), column: t('column.stories') },
    endorsements: { label: t('metric.endorsements'), column: t('column.endorsements') },
    points: { label: t('metric.points'), column: t('column.points') },
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function periodText(t: TFunction, period: Period, start: string, end: string | null) {
  return period === 'all' ? t('period.all') : `${formatDate(start)} – ${formatDate(end)}`;
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
    { period: PERIODS, metric: METRICS },
  );
  const { t } = useTranslation('leaderboards');
  const periods = periodLabels(t);
  const metrics = metricLabels(t);
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
  const column = metrics[metric].column;

  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="period-label">
            {t('period.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="period-label"
            data={PERIODS.map((value) => ({ value, label: periods[value] }))}
            value={period}
            onChange={(v) => setPeriod(v as Period)}
          />
        </Stack>
        <Select
          label={t('scope')}
          data={[{ value: 'company', label: t('wholeCompany') }, ...departments]}
          value={scope}
          onChange={(v) => setScope(v ?? 'company')}
          allowDeselect={false}
          w={220}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="metric-label">
            {t('rankedBy')}
          </Text>
          <SegmentedControl
            aria-labelledby="metric-label"
            data={METRICS.filter((m) => m !== 'points' || board.data?.pointsPublic !== false).map((value) => ({ value, label: metrics[value].label }))}
            value={metric}
            onChange={(v) => setMetric(v as Metric)}
          />
        </Stack>
      </Group>

      {board.isPending ? (
        <CenteredLoader label={t('loading')} />
      ) : board.isError ? (
        <ErrorPanel title={t('unavailable')} message={problemMessage(board.error)} />
      ) : (
        <>
          <MyRank me={board.data.me} participants={board.data.participants} />
          <Card withBorder radius="lg" p={0}>
            <Group justify="space-between" p="md" pb="xs">
              <Text fw={700}>{periodText(t, period, board.data.periodStart, board.data.periodEnd)}</Text>
              <Text size="sm" c="dimmed">
                {t('participants', { count: board.data.participants })}
              </Text>
            </Group>
            {board.data.items.length === 0 ? (
              <Text p="md" c="dimmed">
                {t('empty')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={560}>
                <Table verticalSpacing="sm" highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={70}>{t('column.rank')}</Table.Th>
                      <Table.Th>{t('column.name')}</Table.Th>
                      <Table.Th>{t('column.department')}</Table.Th>
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
          <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} aria-hidden />} title={t('howCounted')}>
            <Text size="sm">{t('explainer', { timeZone: board.data.timeZone })}</Text>
          </Alert>
        </>
      )}
    </Stack>
  );
}

function EntryRow({ entry, isMe }: { entry: LeaderboardEntry; isMe: boolean }) {
  const { t } = useTranslation('leaderboards');
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
          {isMe && <ToneBadge tone="ember">{t('you')}</ToneBadge>}
        </Group>
      </Table.Td>
      <Table.Td>{entry.department.name}</Table.Td>
      <Table.Td ta="right" fw={700}>
        {formatNumber(entry.value)}
        <VisuallyHidden>
          {' '}
          {entry.pointsReceived === null
            ? t('entryDetail', { stories: entry.storiesAsHero, endorsements: entry.endorsementsReceived })
            : t('entryDetailPoints', { stories: entry.storiesAsHero, endorsements: entry.endorsementsReceived, points: entry.pointsReceived })}
        </VisuallyHidden>
      </Table.Td>
    </Table.Tr>
  );
}

function MyRank({ me, participants }: { me: LeaderboardEntry | null; participants: number }) {
  const { t } = useTranslation('leaderboards');
  return (
    <Card withBorder radius="lg" p="md" bg="ember.0" data-testid="my-rank">
      {me ? (
        <Group gap="lg" wrap="wrap">
          <Text fz={32} fw={800} c="ember.9" lh={1}>
            #{me.rank}
          </Text>
          <Stack gap={0}>
            <Text fw={700}>{t('myRank', { participants })}</Text>
            <Text size="sm">
              {t('mySummary', { stories: me.storiesAsHero, endorsements: me.endorsementsReceived, points: me.pointsReceived ?? 0, score: me.score })}
            </Text>
          </Stack>
        </Group>
      ) : (
        <Text>{t('notOnBoard')}</Text>
      )}
    </Card>
  );
}
