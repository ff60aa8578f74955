import { BarChart } from '@mantine/charts';
import { Stack } from '@mantine/core';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { problemMessage } from '../../../lib/problem';
import { useReport } from '../api/get-report';
import type { ReportFilters } from '../api/report-filters';
import { ChartFigure, DownloadCsvButton, percent, ReportSection, ReportTable } from './report-parts';

const CHANNELS: Record<string, string> = { in_person: 'In person', phone: 'Phone', chat: 'Chat', email: 'Email', social: 'Social', field: 'Field' };

export function EmpowermentSection({ filters }: { filters: ReportFilters }) {
  const { data, error, refetch } = useReport('empowerment', filters);
  return (
    <ReportSection
      id="empowerment"
      title="First-contact resolution"
      definition="Share of published hero stories in the period that were resolved without a hand-off. Departments are the heroes' departments (a story with heroes in two departments counts in both)."
    >
      {error && <ErrorPanel message={problemMessage(error)} onRetry={() => void refetch()} />}
      {data && (
        <Stack gap="lg">
          <ChartFigure
            caption={`First-contact resolution by channel (${percent(data.total.share)} of ${data.total.stories} stories overall; bars labelled with their percentage)`}
          >
            <BarChart
              barChartProps={{ accessibilityLayer: false }}
              barProps={{ isAnimationActive: false }}
              h={240}
              data={data.channels.map((c) => ({
                channel: `${CHANNELS[c.channel]} (${c.stories})`,
                'Resolved without a hand-off': Math.round((c.share ?? 0) * 100),
              }))}
              dataKey="channel"
              yAxisProps={{ domain: [0, 100] }}
              unit="%"
              withBarValueLabel
              valueLabelProps={{ formatter: (value: unknown) => `${value}%` }}
              series={[{ name: 'Resolved without a hand-off', color: '#5f3dc4' }]}
            />
          </ChartFigure>
          <ReportTable
            caption="First-contact resolution by channel"
            download={<DownloadCsvButton report="empowerment" table="channels" filters={filters} label="first-contact resolution by channel" />}
            head={['Channel', 'Stories', 'Without a hand-off', 'Share']}
            rows={data.channels.map((c) => [CHANNELS[c.channel], c.stories, c.firstContact, percent(c.share)])}
          />
          <ReportTable
            caption="First-contact resolution by department"
            download={<DownloadCsvButton report="empowerment" table="departments" filters={filters} label="first-contact resolution by department" />}
            head={['Department', 'Stories', 'Without a hand-off', 'Share']}
            rows={[...data.departments, { ...data.total, departmentName: 'All departments' }].map((d) => [
              d.departmentName,
              d.stories,
              d.firstContact,
              percent(d.share),
            ])}
          />
        </Stack>
      )}
    </ReportSection>
  );
}
