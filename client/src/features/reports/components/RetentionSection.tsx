import { BarChart, LineChart } from '@mantine/charts';
import { SimpleGrid, Stack } from '@mantine/core';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { problemMessage } from '../../../lib/problem';
import { useReport } from '../api/get-report';
import type { ReportFilters } from '../api/report-filters';
import { ChartFigure, DownloadCsvButton, percent, ReportSection, ReportTable, Stat } from './report-parts';

export function RetentionSection({ filters }: { filters: ReportFilters }) {
  const { data, error, refetch } = useReport('retention', filters);
  return (
    <ReportSection
      id="retention"
      title="Retention and turnover"
      definition={
        'Headcount is taken at the end of a day: at the start = the day before “from”, at the end = “to”. Hires: hired in the period; leavers: last day in the period. ' +
        'Turnover = leavers ÷ average headcount, where average = (start + end) ÷ 2. Retention = people employed at the start who are still employed at the end ÷ headcount at the start.'
      }
    >
      {error && <ErrorPanel message={problemMessage(error)} onRetry={() => void refetch()} />}
      {data && (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
            <Stat label="Start" value={data.total.startHeadcount} hint={`end of the day before ${data.from}`} />
            <Stat label="End" value={data.total.endHeadcount} hint={`end of ${data.to}`} />
            <Stat label="Hires" value={data.total.hires} />
            <Stat
              label="Leavers"
              value={data.total.leavers}
              hint={`${data.total.voluntaryLeavers} voluntary · ${data.total.involuntaryLeavers} involuntary · ${data.total.otherLeavers} other`}
            />
            <Stat label="Turnover" value={percent(data.total.turnoverRate)} />
            <Stat label="Retention" value={percent(data.total.retentionRate)} />
          </SimpleGrid>
          <ChartFigure caption="Headcount at the end of each month">
            <LineChart
              lineChartProps={{ accessibilityLayer: false }}
              lineProps={{ isAnimationActive: false }}
              h={220}
              data={data.monthly.map((m) => ({ month: m.month, Headcount: m.endHeadcount }))}
              dataKey="month"
              series={[{ name: 'Headcount', color: '#1c7ed6' }]}
              curveType="linear"
              yAxisProps={{ domain: ['auto', 'auto'] }}
            />
          </ChartFigure>
          <ChartFigure caption="Hires (bars above the line) and leavers (bars below the line) per month, labelled with their counts">
            <BarChart
              barProps={{ isAnimationActive: false }}
              h={240}
              data={data.monthly.map((m) => ({ month: m.month, Hires: m.hires, Leavers: -m.leavers }))}
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
                { name: 'Hires', color: '#2b8a3e' },
                { name: 'Leavers', color: '#c92a2a' },
              ]}
            />
          </ChartFigure>
          <ReportTable
            caption="Retention and turnover by department"
            download={<DownloadCsvButton report="retention" table="departments" filters={filters} label="retention by department" />}
            head={['Department', 'Start', 'End', 'Hires', 'Leavers', 'Voluntary', 'Involuntary', 'Other', 'Turnover', 'Retention']}
            rows={[...data.departments, { ...data.total, departmentName: 'All departments' }].map((d) => [
              d.departmentName,
              d.startHeadcount,
              d.endHeadcount,
              d.hires,
              d.leavers,
              d.voluntaryLeavers,
              d.involuntaryLeavers,
              d.otherLeavers,
              percent(d.turnoverRate),
              percent(d.retentionRate),
            ])}
          />
          <ReportTable
            caption="Month by month"
            download={<DownloadCsvButton report="retention" table="monthly" filters={filters} label="retention month by month" />}
            head={['Month', 'Start', 'End', 'Hires', 'Leavers', 'Turnover']}
            rows={data.monthly.map((m) => [m.month, m.startHeadcount, m.endHeadcount, m.hires, m.leavers, percent(m.turnoverRate)])}
          />
        </Stack>
      )}
    </ReportSection>
  );
}
