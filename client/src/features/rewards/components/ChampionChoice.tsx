import { Stack, Text } from '@mantine/core';
import { championPeriodLabel, championPeriodStart } from '../../../lib/champion-title';
import { useToday } from '../../../lib/company-today';
import { useChampions } from '../api/list-rewards';
import { LabelledSegments } from './LabelledSegments';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation('rewards');
  const firstName = recipientName.split(' ')[0];
  return (
    <Stack gap={4}>
      <LabelledSegments
        id="champion-period-label"
        label={t('champion.periodLabel')}
        data={[
          { value: 'month', label: t('champion.month') },
          { value: 'quarter', label: t('champion.quarter') },
        ]}
        value={period}
        onChange={onChange}
      />
      <Text size="sm" aria-live="polite">
        {current.holder === undefined
          ? t('champion.of', { period: current.label })
          : current.holder
            ? t('champion.taken', { name: current.holder.employee.name, period: current.label, department: current.holder.title.department.name })
            : t('champion.free', { name: firstName, period: current.label })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('champion.rule')}
      </Text>
    </Stack>
  );
}
