import { BarChart } from '@mantine/charts';
import { Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { problemMessage } from '../../../lib/problem';
import { useReport } from '../api/get-report';
import type { ReportFilters } from '../api/report-filters';
import { ChartFigure, DownloadCsvButton, percent, ReportSection, ReportTable } from './report-parts';

const NEVER_SHOWN = 25;

export function CoverageSection({ filters }: { filters: ReportFilters }) {
  const { data, error, refetch } = useReport('recognition-coverage', filters);
  return (
    <ReportSection
      id="coverage"
      title="Recognition coverage"
      definition={`Share of people employed at the end of ${filters.to} who were a hero of a published story or received a reward in the last 30, 90 and 365 days (the report day included).`}
    >
      {error && <ErrorPanel message={problemMessage(error)} onRetry={() => void refetch()} />}
      {data && (
        <Stack gap="lg">
          <ChartFigure caption="Share recognised by department, in the last 30, 90 and 365 days (bars labelled with their percentage)">
            <BarChart
              barChartProps={{ accessibilityLayer: false }}
              barProps={{ isAnimationActive: false }}
              h={Math.max(240, data.departments.length * 70 + 60)}
              data={data.departments.map((d) => ({
                department: d.departmentName,
                '30 days': Math.round((d.share30Days ?? 0) * 100),
                '90 days': Math.round((d.share90Days ?? 0) * 100),
                '365 days': Math.round((d.share365Days ?? 0) * 100),
              }))}
              dataKey="department"
              orientation="vertical"
              yAxisProps={{ width: 150 }}
              // Not `unit`: on a vertical chart it lands on the department names ("Shoes%").
              xAxisProps={{ domain: [0, 100], tickFormatter: (value: number) => `${value}%` }}
              valueFormatter={(value) => `${value}%`}
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              withBarValueLabel
              valueLabelProps={{ formatter: (value: unknown) => `${value}%` }}
              series={[
                { name: '30 days', color: '#74c0fc' },
                { name: '90 days', color: '#1c7ed6' },
                { name: '365 days', color: '#1b3a6b' },
              ]}
            />
          </ChartFigure>
          <ReportTable
            caption="Recognition coverage by department"
            download={<DownloadCsvButton report="recognition-coverage" table="departments" filters={filters} label="recognition coverage by department" />}
            head={['Department', 'Headcount', 'Last 30 days', 'Last 90 days', 'Last 365 days', 'Never recognised']}
            rows={[...data.departments, { ...data.total, departmentName: 'All departments' }].map((d) => [
              d.departmentName,
              d.headcount,
              `${d.recognised30Days} (${percent(d.share30Days)})`,
              `${d.recognised90Days} (${percent(d.share90Days)})`,
              `${d.recognised365Days} (${percent(d.share365Days)})`,
              d.neverRecognised,
            ])}
          />
          <ReportTable
            caption={`Never recognised (${data.total.neverRecognised}, longest-serving first)`}
            download={<DownloadCsvButton report="recognition-coverage" table="never-recognised" filters={filters} label="people never recognised" />}
            head={['Name', 'Department', 'Job title', 'Hired']}
            rows={data.neverRecognised.slice(0, NEVER_SHOWN).map((p) => [
              <Link key={p.id} to={`/people/${p.id}`}>
                {p.name}
              </Link>,
              p.departmentName,
              p.jobTitle,
              p.hiredOn,
            ])}
          />
          {data.neverRecognised.length > NEVER_SHOWN && (
            <Text size="sm" c="dimmed">
              Showing {NEVER_SHOWN} of {data.total.neverRecognised}; the CSV has {data.neverRecognisedTruncated ? 'the first 500' : 'everyone'}.
            </Text>
          )}
        </Stack>
      )}
    </ReportSection>
  );
}
