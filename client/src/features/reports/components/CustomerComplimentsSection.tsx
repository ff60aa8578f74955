import { BarChart } from '@mantine/charts';
import { SimpleGrid, Stack } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { dateTimeFormat, formatNumber } from '../../../lib/intl';
import { problemMessage } from '../../../lib/problem';
import { useReport } from '../api/get-report';
import type { ReportFilters } from '../api/report-filters';
import { ChartFigure, DownloadCsvButton, ReportSection, ReportTable, Stat } from './report-parts';

type Figures = { received: number; becameStories: number; emailConfirmed: number; emailConfirmedShare: number | null; medianHoursToStory: number | null };

/** "2025-01" as the language names a month: "Jan 2025", "ene 2025", "Jan. 2025". */
function monthName(month: string): string {
  const [year, index] = month.split('-').map(Number);
  return dateTimeFormat({ month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, index - 1, 1)));
}

const share = (value: number | null) => (value === null ? '—' : formatNumber(value, { style: 'percent', maximumFractionDigits: 1 }));

/** Hours up to two days, days beyond. */
function duration(t: TFunction<'reports'>, hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 48) return t('compliments.hours', { hours: Math.round(hours * 10) / 10 });
  return t('compliments.days', { days: Math.round((hours / 24) * 10) / 10 });
}

export function CustomerComplimentsSection({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation('reports');
  const { data, error, refetch } = useReport('customer-compliments', filters);
  const cells = (f: Figures) => [
    formatNumber(f.received),
    formatNumber(f.becameStories),
    t('compliments.confirmedOf', { count: f.emailConfirmed, share: share(f.emailConfirmedShare) }),
    duration(t, f.medianHoursToStory),
  ];
  const figureHead = [
    t('compliments.column.received'),
    t('compliments.column.becameStories'),
    t('compliments.column.emailConfirmed'),
    t('compliments.column.median'),
  ];
  const receivedName = t('compliments.chart.received');
  const storiesName = t('compliments.chart.becameStories');
  return (
    <ReportSection id="customer-compliments" title={t('compliments.title')} definition={t('compliments.definition')}>
      {error && <ErrorPanel message={problemMessage(error)} onRetry={() => void refetch()} />}
      {data && (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <Stat label={t('compliments.stat.received')} value={formatNumber(data.total.received)} />
            <Stat label={t('compliments.stat.becameStories')} value={formatNumber(data.total.becameStories)} />
            <Stat
              label={t('compliments.stat.emailConfirmed')}
              value={share(data.total.emailConfirmedShare)}
              hint={t('compliments.stat.emailConfirmedHint', { count: data.total.emailConfirmed, received: data.total.received })}
            />
            <Stat label={t('compliments.stat.median')} value={duration(t, data.total.medianHoursToStory)} />
          </SimpleGrid>
          <ChartFigure caption={t('compliments.chart.caption')}>
            <BarChart
              barChartProps={{ accessibilityLayer: false }}
              barProps={{ isAnimationActive: false }}
              h={240}
              data={data.monthly.map((m) => ({ month: monthName(m.month), [receivedName]: m.received, [storiesName]: m.becameStories }))}
              dataKey="month"
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              series={[
                { name: receivedName, color: '#1c7ed6' },
                { name: storiesName, color: '#2b8a3e' },
              ]}
            />
          </ChartFigure>
          <ReportTable
            caption={t('compliments.byMonth')}
            download={<DownloadCsvButton report="customer-compliments" table="monthly" filters={filters} label={t('compliments.byMonth')} />}
            head={[t('compliments.column.month'), ...figureHead]}
            rows={data.monthly.map((m) => [monthName(m.month), ...cells(m)])}
          />
          <ReportTable
            caption={t('compliments.byDepartment')}
            download={<DownloadCsvButton report="customer-compliments" table="departments" filters={filters} label={t('compliments.byDepartment')} />}
            head={[t('compliments.column.department'), ...figureHead]}
            rows={[...data.departments, { ...data.total, departmentName: t('compliments.allDepartments') }].map((d) => [d.departmentName, ...cells(d)])}
          />
          <ReportTable
            caption={t('compliments.byPerson')}
            download={<DownloadCsvButton report="customer-compliments" table="people" filters={filters} label={t('compliments.byPerson')} />}
            head={[t('compliments.column.person'), t('compliments.column.department'), ...figureHead]}
            rows={data.people.map((p) => [p.name, p.departmentName, ...cells(p)])}
          />
        </Stack>
      )}
    </ReportSection>
  );
}
