import { BarChart } from '@mantine/charts';
import { SimpleGrid, Stack } from '@mantine/core';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { problemMessage } from '../../../lib/problem';
import { useReport } from '../api/get-report';
import type { ReportFilters } from '../api/report-filters';
import { ChartFigure, DownloadCsvButton, percent, ReportSection, ReportTable, Stat, years } from './report-parts';
import { formatNumber } from '../../../lib/intl';
import { formatDate } from '../../../lib/dates';
import { useTranslation } from 'react-i18next';

const BAND_COLORS = ['#1c7ed6', '#2b8a3e', '#e8590c', '#862e9c'];

export function TenureSection({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation('reports');
  const { data, error, refetch } = useReport('tenure', filters);
  const people = t('col.people');
  return (
    <ReportSection id="tenure" title={t('tenure.title')} definition={t('tenure.definition', { to: formatDate(filters.to) })}>
      {error && <ErrorPanel message={problemMessage(error)} onRetry={() => void refetch()} />}
      {data && (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <Stat label={t('col.headcount')} value={formatNumber(data.total.headcount)} />
            <Stat label={t('tenure.average')} value={years(data.total.averageTenureYears)} />
            <Stat label={t('col.medianTenure')} value={years(data.total.medianTenureYears)} />
          </SimpleGrid>
          <ChartFigure caption={t('tenure.bandsChart')}>
            <BarChart
              barChartProps={{ accessibilityLayer: false }}
              barProps={{ isAnimationActive: false }}
              h={Math.max(220, data.departments.length * 48 + 80)}
              data={data.departments.map((d) => ({ department: d.departmentName, ...Object.fromEntries(d.bands.map((b) => [b.label, b.count])) }))}
              dataKey="department"
              orientation="vertical"
              type="stacked"
              yAxisProps={{ width: 150 }}
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              withBarValueLabel
              // Stacked segments are labelled with their own count, not the running total.
              valueLabelProps={(series) => ({
                dataKey: series.name,
                position: 'inside',
                fill: 'white',
                fontSize: 12,
                fontWeight: 700,
                formatter: (value: unknown) => (Number(value) ? String(value) : ''),
              })}
              series={data.total.bands.map((b, i) => ({ name: b.label, color: BAND_COLORS[i] }))}
            />
          </ChartFigure>
          <ReportTable
            caption={t('tenure.byDepartment')}
            download={<DownloadCsvButton report="tenure" table="departments" filters={filters} label={t('tenure.byDepartmentLabel')} />}
            head={[t('col.department'), t('col.headcount'), t('tenure.averageShort'), t('tenure.medianShort'), ...data.total.bands.map((b) => b.label)]}
            rows={[...data.departments, { ...data.total, departmentName: t('allDepartments') }].map((d) => [
              d.departmentName,
              formatNumber(d.headcount),
              years(d.averageTenureYears),
              years(d.medianTenureYears),
              ...d.bands.map((b) => `${formatNumber(b.count)} (${percent(b.share)})`),
            ])}
          />
          <ChartFigure caption={t('tenure.histogramChart')}>
            <BarChart
              barChartProps={{ accessibilityLayer: false }}
              barProps={{ isAnimationActive: false }}
              h={240}
              data={data.histogram.map((h) => ({ years: String(h.years), [people]: h.count }))}
              dataKey="years"
              xAxisLabel={t('tenure.completedYears')}
              yAxisLabel={people}
              withBarValueLabel
              valueLabelProps={{ formatter: (value: unknown) => (Number(value) ? String(value) : '') }}
              series={[{ name: people, color: '#1c7ed6' }]}
            />
          </ChartFigure>
          <ReportTable
            caption={t('tenure.histogram')}
            download={<DownloadCsvButton report="tenure" table="histogram" filters={filters} label={t('tenure.histogramLabel')} />}
            head={[t('tenure.completedYears'), people]}
            rows={data.histogram.filter((h) => h.count > 0).map((h) => [formatNumber(h.years), formatNumber(h.count)])}
          />
        </Stack>
      )}
    </ReportSection>
  );
}
