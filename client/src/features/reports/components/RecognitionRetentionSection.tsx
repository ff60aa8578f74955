import { LineChart } from '@mantine/charts';
import { Alert, Group, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { problemMessage } from '../../../lib/problem';
import { useReport, type RecognitionRetentionReport } from '../api/get-report';
import type { ReportFilters } from '../api/report-filters';
import { ChanceFinding } from './ChanceFinding';
import { ChartFigure, DownloadCsvButton, percent, ReportSection, ReportTable, years } from './report-parts';
import { formatNumber } from '../../../lib/intl';

type SurvivalGroup = RecognitionRetentionReport['total']['recognised'];
type Series = { name: string; group: SurvivalGroup; color: string; strokeDasharray?: string };

/** The step curves on one x axis (years since hire): each series holds its last value between its own steps. */
function curvePoints(series: Series[]) {
  const days = [...new Set(series.flatMap((s) => s.group.steps.map((step) => step.day)))].sort((a, b) => a - b);
  const valueAt = (group: SurvivalGroup, day: number) => {
    if (!group.steps.length || day > group.steps[group.steps.length - 1].day) return null;
    let value = 1;
    for (const step of group.steps) if (step.day <= day) value = step.survival;
    return Math.round(value * 1000) / 10;
  };
  return days.map((day) => ({
    years: Math.round((day / 365.25) * 100) / 100,
    ...Object.fromEntries(series.map((s) => [s.name, valueAt(s.group, day)])),
  }));
}

export function RecognitionRetentionSection({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation('reports');
  const { data, error, refetch } = useReport('recognition-retention', filters);
  const groups = data
    ? ([
        [t('recognitionRetention.group.peers'), data.total.recognised],
        [t('recognitionRetention.group.customers'), data.total.recognisedByCustomers],
        [t('recognitionRetention.group.none'), data.total.notRecognised],
      ] as const)
    : [];
  const series: Series[] = data
    ? [
        { name: t('recognitionRetention.line.peers'), group: data.total.recognised, color: '#2b8a3e' },
        { name: t('recognitionRetention.line.customers'), group: data.total.recognisedByCustomers, color: '#1864ab', strokeDasharray: '2 3' },
        { name: t('recognitionRetention.line.none'), group: data.total.notRecognised, color: '#c92a2a', strokeDasharray: '6 4' },
      ]
    : [];
  const maxYears = Math.max(0, ...groups.map(([, g]) => g.atRiskByYear.length - 1));
  return (
    <ReportSection
      id="recognition-retention"
      title={t('recognitionRetention.title')}
      definition={t('recognitionRetention.definition', { months: filters.months })}
    >
      {error && <ErrorPanel message={problemMessage(error)} onRetry={() => void refetch()} />}
      {data && (
        <Stack gap="lg">
          <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />} title={t('recognitionRetention.whoIsCounted')}>
            {data.note}
          </Alert>
          <ChartFigure caption={t('recognitionRetention.chartCaption')}>
            <LineChart
              lineChartProps={{ accessibilityLayer: false }}
              lineProps={{ isAnimationActive: false }}
              h={320}
              data={curvePoints(series)}
              dataKey="years"
              curveType="stepAfter"
              withDots={false}
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              connectNulls={false}
              xAxisProps={{ type: 'number', domain: [0, 'dataMax'], tickCount: 8 }}
              xAxisLabel={t('recognitionRetention.xAxis')}
              yAxisProps={{ domain: [0, 100] }}
              yAxisLabel={t('recognitionRetention.yAxis')}
              unit="%"
              referenceLines={[{ y: 50, label: t('recognitionRetention.median'), color: 'gray.6' }]}
              series={series.map(({ name, color, strokeDasharray }) => ({ name, color, strokeDasharray }))}
              strokeWidth={2.5}
            />
          </ChartFigure>
          <ChanceFinding logRank={data.total.logRank} months={data.months} withCustomersOnly={data.total.recognisedByCustomers.people > 0} />
          <ReportTable
            caption={t('recognitionRetention.summaryCaption', { people: data.total.cohort })}
            download={<DownloadCsvButton report="recognition-retention" table="summary" filters={filters} label={t('recognitionRetention.summaryDownload')} />}
            head={[
              t('recognitionRetention.column.group'),
              t('recognitionRetention.column.people'),
              t('recognitionRetention.column.left'),
              t('recognitionRetention.column.stillEmployed'),
              t('recognitionRetention.column.retention12'),
              t('recognitionRetention.column.retention24'),
              t('recognitionRetention.column.median'),
            ]}
            rows={groups.map(([name, g]) => [
              name,
              formatNumber(g.people),
              formatNumber(g.leavers),
              formatNumber(g.stillEmployed),
              percent(g.retention12Months),
              percent(g.retention24Months),
              g.medianTenureYears === null ? t('recognitionRetention.notReached') : years(g.medianTenureYears),
            ])}
          />
          <ReportTable
            caption={t('recognitionRetention.atRiskCaption')}
            download={<DownloadCsvButton report="recognition-retention" table="at-risk" filters={filters} label={t('recognitionRetention.atRiskDownload')} />}
            head={[
              t('recognitionRetention.column.group'),
              ...Array.from({ length: maxYears + 1 }, (_, y) => t('recognitionRetention.yearColumn', { years: y })),
            ]}
            rows={groups.map(([name, g]) => [name, ...Array.from({ length: maxYears + 1 }, (_, y) => g.atRiskByYear[y]?.atRisk ?? 0)])}
          />
          <Group gap="sm">
            <DownloadCsvButton report="recognition-retention" table="curve" filters={filters} label={t('recognitionRetention.curveDownload')} />
            <DownloadCsvButton report="recognition-retention" table="log-rank" filters={filters} label={t('recognitionRetention.test.download')} />
          </Group>
        </Stack>
      )}
    </ReportSection>
  );
}
