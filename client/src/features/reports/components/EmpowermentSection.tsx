import { BarChart } from '@mantine/charts';
import { Stack } from '@mantine/core';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { problemMessage } from '../../../lib/problem';
import { useReport } from '../api/get-report';
import type { ReportFilters } from '../api/report-filters';
import { ChartFigure, DownloadCsvButton, percent, ReportSection, ReportTable } from './report-parts';
import { formatNumber } from '../../../lib/intl';
import { useTranslation } from 'react-i18next';

const CHANNELS: Record<string, string> = {
  in_person: 'reports:channel.in_person',
  phone: 'reports:channel.phone',
  chat: 'reports:channel.chat',
  email: 'reports:channel.email',
  social: 'reports:channel.social',
  field: 'reports:channel.field',
};

export function EmpowermentSection({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation('reports');
  const { data, error, refetch } = useReport('empowerment', filters);
  const channel = (name: string) => (CHANNELS[name] ? t(CHANNELS[name]) : name);
  const resolved = t('empowerment.resolved');
  return (
    <ReportSection id="empowerment" title={t('empowerment.title')} definition={t('empowerment.definition')}>
      {error && <ErrorPanel message={problemMessage(error)} onRetry={() => void refetch()} />}
      {data && (
        <Stack gap="lg">
          <ChartFigure caption={t('empowerment.chart', { share: percent(data.total.share), count: data.total.stories })}>
            <BarChart
              barChartProps={{ accessibilityLayer: false }}
              barProps={{ isAnimationActive: false }}
              h={240}
              data={data.channels.map((c) => ({
                channel: `${channel(c.channel)} (${formatNumber(c.stories)})`,
                [resolved]: Math.round((c.share ?? 0) * 100),
              }))}
              dataKey="channel"
              yAxisProps={{ domain: [0, 100] }}
              unit="%"
              withBarValueLabel
              valueLabelProps={{ formatter: (value: unknown) => `${value}%` }}
              series={[{ name: resolved, color: '#5f3dc4' }]}
            />
          </ChartFigure>
          <ReportTable
            caption={t('empowerment.byChannel')}
            download={<DownloadCsvButton report="empowerment" table="channels" filters={filters} label={t('empowerment.byChannel')} />}
            head={[t('col.channel'), t('col.stories'), t('empowerment.withoutHandOff'), t('col.share')]}
            rows={data.channels.map((c) => [channel(c.channel), formatNumber(c.stories), formatNumber(c.firstContact), percent(c.share)])}
          />
          <ReportTable
            caption={t('empowerment.byDepartment')}
            download={<DownloadCsvButton report="empowerment" table="departments" filters={filters} label={t('empowerment.byDepartment')} />}
            head={[t('col.department'), t('col.stories'), t('empowerment.withoutHandOff'), t('col.share')]}
            rows={[...data.departments, { ...data.total, departmentName: t('allDepartments') }].map((d) => [
              d.departmentName,
              formatNumber(d.stories),
              formatNumber(d.firstContact),
              percent(d.share),
            ])}
          />
        </Stack>
      )}
    </ReportSection>
  );
}
