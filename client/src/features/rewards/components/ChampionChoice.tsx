import { SegmentedControl, Stack, Text } from '@mantine/core';
import { championPeriodLabel, championPeriodStart } from '../../../lib/champion-title';
import { useToday } from '../../../lib/company-today';
import { useChampions } from '../api/list-rewards';

export type ChampionPeriod = 'month' | 'quarter';

/**
 * The current champion of the recipient's department for `period`, if one is named: `null` when nobody is yet,
 * `undefined` while it is being read.
 */
export function useCurrentChampion(departmentId: string | undefined, period: ChampionPeriod, enabled: boolean) {
  const today = useToday();
  const start = championPeriodStart(period, today);
  const champions = useChampions({ ...(departmentId ? { departmentId } : {}), period, limit: 1 }, enabled && Boolean(departmentId));
  const latest = champions.data?.[0];
  return {
    label: championPeriodLabel({ period, periodStart: start }),
    holder: champions.data ? (latest && latest.title.periodStart === start ? latest : null) : undefined,
  };
}

/** Month or quarter, naming the period ("December 2026") and who is its champion in the department already. */
export function ChampionChoice({
  period,
  onChange,
  recipientName,
  current,
}: {
  period: ChampionPeriod;
  onChange: (period: ChampionPeriod) => void;
  recipientName: string;
  current: ReturnType<typeof useCurrentChampion>;
}) {
  const firstName = recipientName.split(' ')[0];
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="champion-period-label">
        Champion of the
      </Text>
      <SegmentedControl
        aria-labelledby="champion-period-label"
        data={[
          { value: 'month', label: 'Month' },
          { value: 'quarter', label: 'Quarter' },
        ]}
        value={period}
        onChange={(v) => onChange(v as ChampionPeriod)}
      />
      <Text size="sm" aria-live="polite">
        {current.holder === undefined
          ? `Champion of ${current.label}.`
          : current.holder
            ? `${current.holder.employee.name} is already champion of ${current.label} in ${current.holder.title.department.name}.`
            : `${firstName} would be champion of ${current.label}: nobody in their department is yet.`}
      </Text>
      <Text size="xs" c="dimmed">
        One champion per department for each month and quarter.
      </Text>
    </Stack>
  );
}
