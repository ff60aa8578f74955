import { BarChart, LineChart } from '@mantine/charts';
import { SimpleGrid, Stack } from '@mantine/core';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { problemMessage } from '../../../lib/problem';
import { useReport } from '../api/get-report';
import type { ReportFilters } from '../api/report-filters';
import { ChartFigure, DownloadCsvButton, percent, ReportSection, ReportTable, Stat } from './report-parts';
import { formatNumber } from '../../../lib/intl';
import { formatDate } from '../../../lib/dates';
import { useTranslation } from 'react-i18next';

export function RetentionSection({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation('reports');
  const { data, error, refetch } = useReport('retention', filters);
  const [hires, leavers, headcount] = [t('col.hires'), t('col.leavers'), t('col.headcount')];
  return (
    <ReportSection id="retention" title={t('retention.title')} definition={t('retention.definition')}>
      {error && <ErrorPanel message={problemMessage(error)} onRetry={() => void refetch()} />}
      {data && (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
            <Stat label={t('col.start')} value={formatNumber(data.total.startHeadcount)} hint={t('retention.startHint', { date: formatDate(data.from) })} />
            <Stat label={t('col.end')} value={formatNumber(data.total.endHeadcount)} hint={t('retention.endHint', { date: formatDate(data.to) })} />
            <Stat label={hires} value={formatNumber(data.total.hires)} />
            <Stat
              label={leavers}
              value={formatNumber(data.total.leavers)}
              hint={t('retention.leaversHint', {
                voluntary: data.total.voluntaryLeavers,
                involuntary: data.total.involuntaryLeavers,
                other: data.total.otherLeavers,
              })}
            />
            <Stat label={t('col.turnover')} value={percent(data.total.turnoverRate)} />
            <Stat label={t('col.retention')} value={percent(data.total.retentionRate)} />
          </SimpleGrid>
          <ChartFigure caption={t('retention.headcountChart')}>
            <LineChart
              lineChartProps={{ accessibilityLayer: false }}
              lineProps={{ isAnimationActive: false }}
              h={220}
              data={data.monthly.map((m) => ({ month: m.month, [headcount]: m.endHeadcount }))}
              dataKey="month"
              series={[{ name: headcount, color: '#1c7ed6' }]}
              curveType="linear"
              yAxisProps={{ domain: ['auto', 'auto'] }}
            />
          </ChartFigure>
          <ChartFigure caption={t('retention.flowChart')}>
            <BarChart
              barProps={{ isAnimationActive: false }}
              h={240}
              data={data.monthly.map((m) => ({ month: m.month, [hires]: m.hires, [leavers]: -m.leavers }))}
              dataKey="month"
              type="stacked"
              // Leavers go below zero, hires above it: the position says which is which, not only the colour.
              barChartProps={{ accessibilityLayer: false, stackOffset: 'sign' }}
              withLegend
              withBarValueLabel
              valueLabelProps={(series) => ({
                dataKey: series.name,
                formatter: (value: unknown) => (Number(value) === 0 ? '' : String(Math.abs(Number(value)))),
              })}
              valueFormatter={(value) => String(Math.abs(value))}
              series={[
                { name: hires, color: '#2b8a3e' },
                { name: leavers, color: '#c92a2a' },
              ]}
            />
          </ChartFigure>
          <ReportTable
            caption={t('retention.byDepartment')}
            download={<DownloadCsvButton report="retention" table="departments" filters={filters} label={t('retention.byDepartmentLabel')} />}
            head={[
              t('col.department'),
              t('col.start'),
              t('col.end'),
              hires,
              leavers,
              t('col.voluntary'),
              t('col.involuntary'),
              t('col.other'),
              t('col.turnover'),
              t('col.retention'),
            ]}
            rows={[...data.departments, { ...data.total, departmentName: t('allDepartments') }].map((d) => [
              d.departmentName,
              formatNumber(d.startHeadcount),
              formatNumber(d.endHeadcount),
              formatNumber(d.hires),
              formatNumber(d.leavers),
              formatNumber(d.voluntaryLeavers),
              formatNumber(d.involuntaryLeavers),
              formatNumber(d.otherLeavers),
              percent(d.turnoverRate),
              percent(d.retentionRate),
            ])}
          />
          <ReportTable
            caption={t('retention.monthly')}
            download={<DownloadCsvButton report="retention" table="monthly" filters={filters} label={t('retention.monthlyLabel')} />}
            head={[t('col.month'), t('col.start'), t('col.end'), hires, leavers, t('col.turnover')]}
            rows={data.monthly.map((m) => [
              m.month,
              formatNumber(m.startHeadcount),
              formatNumber(m.endHeadcount),
              formatNumber(m.hires),
              formatNumber(m.leavers),
              percent(m.turnoverRate),
            ])}
          />
        </Stack>
      )}
    </ReportSection>
  );
}
