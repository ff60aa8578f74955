import { BarChart } from '@mantine/charts';
import { Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { problemMessage } from '../../../lib/problem';
import { useReport } from '../api/get-report';
import type { ReportFilters } from '../api/report-filters';
import { ChartFigure, DownloadCsvButton, percent, ReportSection, ReportTable } from './report-parts';
import { formatNumber } from '../../../lib/intl';
import { formatDate } from '../../../lib/dates';
import { useTranslation } from 'react-i18next';

const NEVER_SHOWN = 25;

export function CoverageSection({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation('reports');
  const { data, error, refetch } = useReport('recognition-coverage', filters);
  const d30 = t('days', { count: 30 });
  const d90 = t('days', { count: 90 });
  const d365 = t('days', { count: 365 });
  const pct = (value: unknown) => formatNumber(Number(value) / 100, { style: 'percent' });
  return (
    <ReportSection id="coverage" title={t('coverage.title')} definition={t('coverage.definition', { to: formatDate(filters.to) })}>
      {error && <ErrorPanel message={problemMessage(error)} onRetry={() => void refetch()} />}
      {data && (
        <Stack gap="lg">
          <ChartFigure caption={t('coverage.chart')}>
            <BarChart
              barChartProps={{ accessibilityLayer: false }}
              barProps={{ isAnimationActive: false }}
              h={Math.max(240, data.departments.length * 70 + 60)}
              data={data.departments.map((d) => ({
                department: d.departmentName,
                [d30]: Math.round((d.share30Days ?? 0) * 100),
                [d90]: Math.round((d.share90Days ?? 0) * 100),
                [d365]: Math.round((d.share365Days ?? 0) * 100),
              }))}
              dataKey="department"
              orientation="vertical"
              yAxisProps={{ width: 150 }}
              // Not `unit`: on a vertical chart it lands on the department names ("Shoes%").
              xAxisProps={{ domain: [0, 100], tickFormatter: pct }}
              valueFormatter={pct}
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              withBarValueLabel
              valueLabelProps={{ formatter: pct }}
              series={[
                { name: d30, color: '#74c0fc' },
                { name: d90, color: '#1c7ed6' },
                { name: d365, color: '#1b3a6b' },
              ]}
            />
          </ChartFigure>
          <ReportTable
            caption={t('coverage.table')}
            download={<DownloadCsvButton report="recognition-coverage" table="departments" filters={filters} label={t('coverage.table')} />}
            head={[
              t('col.department'),
              t('col.headcount'),
              t('coverage.last', { count: 30 }),
              t('coverage.last', { count: 90 }),
              t('coverage.last', { count: 365 }),
              t('coverage.never'),
            ]}
            rows={[...data.departments, { ...data.total, departmentName: t('allDepartments') }].map((d) => [
              d.departmentName,
              formatNumber(d.headcount),
              `${formatNumber(d.recognised30Days)} (${percent(d.share30Days)})`,
              `${formatNumber(d.recognised90Days)} (${percent(d.share90Days)})`,
              `${formatNumber(d.recognised365Days)} (${percent(d.share365Days)})`,
              formatNumber(d.neverRecognised),
            ])}
          />
          <ReportTable
            caption={t('coverage.neverTable', { count: data.total.neverRecognised })}
            download={<DownloadCsvButton report="recognition-coverage" table="never-recognised" filters={filters} label={t('coverage.neverLabel')} />}
            head={[t('col.name'), t('col.department'), t('col.jobTitle'), t('col.hired')]}
            rows={data.neverRecognised.slice(0, NEVER_SHOWN).map((p) => [
              <Link key={p.id} to={`/people/${p.id}`}>
                {p.name}
              </Link>,
              p.departmentName,
              p.jobTitle,
              formatDate(p.hiredOn),
            ])}
          />
          {data.neverRecognised.length > NEVER_SHOWN && (
            <Text size="sm" c="dimmed">
              {data.neverRecognisedTruncated
                ? t('coverage.showingFirst', { shown: NEVER_SHOWN, count: data.total.neverRecognised, first: 500 })
                : t('coverage.showingAll', { shown: NEVER_SHOWN, count: data.total.neverRecognised })}
            </Text>
          )}
        </Stack>
      )}
    </ReportSection>
  );
}
