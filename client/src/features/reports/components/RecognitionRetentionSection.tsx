import { LineChart } from '@mantine/charts';
import { Alert, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { problemMessage } from '../../../lib/problem';
import { useReport, type RecognitionRetentionReport } from '../api/get-report';
import type { ReportFilters } from '../api/report-filters';
import { ChartFigure, DownloadCsvButton, percent, ReportSection, ReportTable, years } from './report-parts';
import { formatNumber } from '../../../lib/intl';
import { useTranslation } from 'react-i18next';

type Group = RecognitionRetentionReport['total']['recognised'];

/** Both step curves on one x axis (years since hire): each series holds its last value between its own steps. */
function curvePoints(recognised: Group, notRecognised: Group, names: { recognised: string; notRecognised: string }) {
  const days = [...new Set([...recognised.steps, ...notRecognised.steps].map((s) => s.day))].sort((a, b) => a - b);
  const valueAt = (group: Group, day: number) => {
    if (!group.steps.length || day > group.steps[group.steps.length - 1].day) return null;
    let value = 1;
    for (const step of group.steps) if (step.day <= day) value = step.survival;
    return Math.round(value * 1000) / 10;
  };
  return days.map((day) => ({
    years: Math.round((day / 365.25) * 100) / 100,
    [names.recognised]: valueAt(recognised, day),
    [names.notRecognised]: valueAt(notRecognised, day),
  }));
}

export function RecognitionRetentionSection({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation('reports');
  const { data, error, refetch } = useReport('recognition-retention', filters);
  const names = { recognised: t('recognition.recognisedLine'), notRecognised: t('recognition.notRecognisedLine') };
  const groups = data
    ? ([
        [t('recognition.recognised'), data.total.recognised],
        [t('recognition.notRecognised'), data.total.notRecognised],
      ] as const)
    : [];
  const maxYears = Math.max(0, ...groups.map(([, g]) => g.atRiskByYear.length - 1));
  return (
    <ReportSection id="recognition-retention" title={t('recognition.title')} definition={t('recognition.definition', { count: filters.months })}>
      {error && <ErrorPanel message={problemMessage(error)} onRetry={() => void refetch()} />}
      {data && (
        <Stack gap="lg">
          <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />} title={t('recognition.whoIsCounted')}>
            {data.note}
          </Alert>
          <ChartFigure caption={t('recognition.chart')}>
            <LineChart
              lineChartProps={{ accessibilityLayer: false }}
              lineProps={{ isAnimationActive: false }}
              h={320}
              data={curvePoints(data.total.recognised, data.total.notRecognised, names)}
              dataKey="years"
              curveType="stepAfter"
              withDots={false}
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              connectNulls={false}
              xAxisProps={{ type: 'number', domain: [0, 'dataMax'], tickCount: 8 }}
              xAxisLabel={t('recognition.yearsSinceHire')}
              yAxisProps={{ domain: [0, 100] }}
              yAxisLabel={t('recognition.stillEmployedAxis')}
              unit="%"
              referenceLines={[{ y: 50, label: t('recognition.median'), color: 'gray.6' }]}
              series={[
                { name: names.recognised, color: '#2b8a3e' },
                { name: names.notRecognised, color: '#c92a2a', strokeDasharray: '6 4' },
              ]}
              strokeWidth={2.5}
            />
          </ChartFigure>
          <ReportTable
            caption={t('recognition.table')}
            download={<DownloadCsvButton report="recognition-retention" table="summary" filters={filters} label={t('recognition.summaryLabel')} />}
            head={[
              t('col.group'),
              t('col.people'),
              t('col.left'),
              t('col.stillEmployed'),
              t('recognition.retention', { count: 12 }),
              t('recognition.retention', { count: 24 }),
              t('col.medianTenure'),
            ]}
            rows={groups.map(([name, g]) => [
              name,
              formatNumber(g.people),
              formatNumber(g.leavers),
              formatNumber(g.stillEmployed),
              percent(g.retention12Months),
              percent(g.retention24Months),
              g.medianTenureYears === null ? t('recognition.notReached') : years(g.medianTenureYears),
            ])}
          />
          <ReportTable
            caption={t('recognition.atRisk')}
            download={<DownloadCsvButton report="recognition-retention" table="at-risk" filters={filters} label={t('recognition.atRiskLabel')} />}
            head={[t('col.group'), ...Array.from({ length: maxYears + 1 }, (_, y) => t('yearsShort', { value: y }))]}
            rows={groups.map(([name, g]) => [name, ...Array.from({ length: maxYears + 1 }, (_, y) => formatNumber(g.atRiskByYear[y]?.atRisk ?? 0))])}
          />
          <div>
            <DownloadCsvButton report="recognition-retention" table="curve" filters={filters} label={t('recognition.curveLabel')} />
          </div>
        </Stack>
      )}
    </ReportSection>
  );
}
