import { BarChart } from '@mantine/charts';
import { SimpleGrid, Stack } from '@mantine/core';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { problemMessage } from '../../../lib/problem';
import { useReport } from '../api/get-report';
import type { ReportFilters } from '../api/report-filters';
import { ChartFigure, DownloadCsvButton, percent, ReportSection, ReportTable, Stat, years } from './report-parts';

const BAND_COLORS = ['#1c7ed6', '#2b8a3e', '#e8590c', '#862e9c'];

export function TenureSection({ filters }: { filters: ReportFilters }) {
  const { data, error, refetch } = useReport('tenure', filters);
  return (
    <ReportSection
      id="tenure"
      title="Tenure"
      definition={`People employed at the end of ${filters.to}. Tenure = days since hire (years = days ÷ 365.25); the median is the middle tenure. Bands count completed calendar months: under 6, 6 to 47, 48 to 143, 144 and more.`}
    >
      {error && <ErrorPanel message={problemMessage(error)} onRetry={() => void refetch()} />}
      {data && (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <Stat label="Headcount" value={data.total.headcount} />
            <Stat label="Average tenure" value={years(data.total.averageTenureYears)} />
            <Stat label="Median tenure" value={years(data.total.medianTenureYears)} />
          </SimpleGrid>
          <ChartFigure caption="Tenure bands by department (people; each segment is labelled with its count)">
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
            caption="Tenure by department"
            download={<DownloadCsvButton report="tenure" table="departments" filters={filters} label="tenure by department" />}
            head={['Department', 'Headcount', 'Average', 'Median', ...data.total.bands.map((b) => b.label)]}
            rows={[...data.departments, { ...data.total, departmentName: 'All departments' }].map((d) => [
              d.departmentName,
              d.headcount,
              years(d.averageTenureYears),
              years(d.medianTenureYears),
              ...d.bands.map((b) => `${b.count} (${percent(b.share)})`),
            ])}
          />
          <ChartFigure caption="Headcount by completed years of service">
            <BarChart
              barChartProps={{ accessibilityLayer: false }}
              barProps={{ isAnimationActive: false }}
              h={240}
              data={data.histogram.map((h) => ({ years: String(h.years), People: h.count }))}
              dataKey="years"
              xAxisLabel="Completed years"
              yAxisLabel="People"
              withBarValueLabel
              valueLabelProps={{ formatter: (value: unknown) => (Number(value) ? String(value) : '') }}
              series={[{ name: 'People', color: '#1c7ed6' }]}
            />
          </ChartFigure>
          <ReportTable
            caption="Tenure histogram"
            download={<DownloadCsvButton report="tenure" table="histogram" filters={filters} label="tenure histogram" />}
            head={['Completed years', 'People']}
            rows={data.histogram.filter((h) => h.count > 0).map((h) => [h.years, h.count])}
          />
        </Stack>
      )}
    </ReportSection>
  );
}
