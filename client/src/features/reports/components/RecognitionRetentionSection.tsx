import { LineChart } from '@mantine/charts';
import { Alert, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { problemMessage } from '../../../lib/problem';
import { useReport, type RecognitionRetentionReport } from '../api/get-report';
import type { ReportFilters } from '../api/report-filters';
import { ChartFigure, DownloadCsvButton, percent, ReportSection, ReportTable, years } from './report-parts';

type Group = RecognitionRetentionReport['total']['recognised'];
const RECOGNISED = 'Recognised (solid line)';
const NOT_RECOGNISED = 'Not recognised (dashed line)';

/** Both step curves on one x axis (years since hire): each series holds its last value between its own steps. */
function curvePoints(recognised: Group, notRecognised: Group) {
  const days = [...new Set([...recognised.steps, ...notRecognised.steps].map((s) => s.day))].sort((a, b) => a - b);
  const valueAt = (group: Group, day: number) => {
    if (!group.steps.length || day > group.steps[group.steps.length - 1].day) return null;
    let value = 1;
    for (const step of group.steps) if (step.day <= day) value = step.survival;
    return Math.round(value * 1000) / 10;
  };
  return days.map((day) => ({
    years: Math.round((day / 365.25) * 100) / 100,
    [RECOGNISED]: valueAt(recognised, day),
    [NOT_RECOGNISED]: valueAt(notRecognised, day),
  }));
}

export function RecognitionRetentionSection({ filters }: { filters: ReportFilters }) {
  const { data, error, refetch } = useReport('recognition-retention', filters);
  const groups = data
    ? ([
        ['Recognised', data.total.recognised],
        ['Not recognised', data.total.notRecognised],
      ] as const)
    : [];
  const maxYears = Math.max(0, ...groups.map(([, g]) => g.atRiskByYear.length - 1));
  return (
    <ReportSection
      id="recognition-retention"
      title="Do recognised people stay longer?"
      definition={
        `Recognised = hero of a published story, or given a reward that was not revoked, within the first ${filters.months} months after hire. ` +
        'Kaplan–Meier survival: on each day someone leaves, the share still employed is multiplied by (1 − leavers that day ÷ people still at risk); people still employed are censored at the report date. ' +
        '12-month retention is the curve at 365 days, 24-month at 730 days; the median tenure is where the curve reaches 50%.'
      }
    >
      {error && <ErrorPanel message={problemMessage(error)} onRetry={() => void refetch()} />}
      {data && (
        <Stack gap="lg">
          <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />} title="Who is counted">
            {data.note}
          </Alert>
          <ChartFigure caption="Share still employed by years since hire (Kaplan–Meier): recognised solid, not recognised dashed">
            <LineChart
              lineChartProps={{ accessibilityLayer: false }}
              lineProps={{ isAnimationActive: false }}
              h={320}
              data={curvePoints(data.total.recognised, data.total.notRecognised)}
              dataKey="years"
              curveType="stepAfter"
              withDots={false}
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              connectNulls={false}
              xAxisProps={{ type: 'number', domain: [0, 'dataMax'], tickCount: 8 }}
              xAxisLabel="Years since hire"
              yAxisProps={{ domain: [0, 100] }}
              yAxisLabel="Still employed (%)"
              unit="%"
              referenceLines={[{ y: 50, label: 'Median (50%)', color: 'gray.6' }]}
              series={[
                { name: RECOGNISED, color: '#2b8a3e' },
                { name: NOT_RECOGNISED, color: '#c92a2a', strokeDasharray: '6 4' },
              ]}
              strokeWidth={2.5}
            />
          </ChartFigure>
          <ReportTable
            caption="Retention of recognised and not recognised people"
            download={<DownloadCsvButton report="recognition-retention" table="summary" filters={filters} label="recognition and retention summary" />}
            head={['Group', 'People', 'Left', 'Still employed', '12-month retention', '24-month retention', 'Median tenure']}
            rows={groups.map(([name, g]) => [
              name,
              g.people,
              g.leavers,
              g.stillEmployed,
              percent(g.retention12Months),
              percent(g.retention24Months),
              g.medianTenureYears === null ? 'not reached' : years(g.medianTenureYears),
            ])}
          />
          <ReportTable
            caption="Number at risk (still observed) by years since hire"
            download={<DownloadCsvButton report="recognition-retention" table="at-risk" filters={filters} label="number at risk" />}
            head={['Group', ...Array.from({ length: maxYears + 1 }, (_, y) => `${y} y`)]}
            rows={groups.map(([name, g]) => [name, ...Array.from({ length: maxYears + 1 }, (_, y) => g.atRiskByYear[y]?.atRisk ?? 0)])}
          />
          <div>
            <DownloadCsvButton report="recognition-retention" table="curve" filters={filters} label="survival curve steps" />
          </div>
        </Stack>
      )}
    </ReportSection>
  );
}
