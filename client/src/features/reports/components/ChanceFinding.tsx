import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/intl';
import type { RecognitionRetentionReport } from '../api/get-report';

type LogRank = RecognitionRetentionReport['total']['logRank']['recognisedVsNot'];
type Comparison = 'any' | 'peers';

/** The server's LOG_RANK_MIN_EVENTS: fewer leavers, observed or expected, in a group is too few to tell. */
const MIN_LEAVERS = 5;
const ratio = (value: number) => formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** One comparison in plain words: how fast the recognised left relative to the others, and how often chance would do that. */
function Finding({ comparison, result, months }: { comparison: Comparison; result: LogRank; months: number }) {
  const { t } = useTranslation('reports');
  const subject = comparison === 'any' ? t('recognitionRetention.test.subject.any', { months }) : t('recognitionRetention.test.subject.peers', { months });
  const { hazardRatio, hazardRatioLow, hazardRatioHigh, pValue } = result;
  let words: string;
  if (result.tooSmall || hazardRatio === null || hazardRatioLow === null || hazardRatioHigh === null || pValue === null) {
    const figures = {
      left1: result.observed1,
      left2: result.observed2,
      expected1: formatNumber(result.expected1, { maximumFractionDigits: 1 }),
      expected2: formatNumber(result.expected2, { maximumFractionDigits: 1 }),
      minimum: MIN_LEAVERS,
    };
    words =
      result.tooSmall === 'emptyGroup'
        ? t('recognitionRetention.test.tooSmall.emptyGroup')
        : result.tooSmall === 'fewExpected'
          ? t('recognitionRetention.test.tooSmall.fewExpected', figures)
          : t('recognitionRetention.test.tooSmall.fewLeavers', figures);
  } else {
    const rate = t('recognitionRetention.test.rate', { subject, hr: ratio(hazardRatio), low: ratio(hazardRatioLow), high: ratio(hazardRatioHigh) });
    const p = formatNumber(pValue, { maximumSignificantDigits: 2 });
    const chance =
      pValue < 0.001
        ? t('recognitionRetention.test.chance.rare')
        : pValue < 0.05
          ? t('recognitionRetention.test.chance.unlikely', { oneIn: Math.round(1 / pValue), p })
          : pValue < 0.5
            ? t('recognitionRetention.test.chance.possible', { oneIn: Math.round(1 / pValue), p })
            : t('recognitionRetention.test.chance.likely', { p });
    words = `${rate} ${chance}`;
  }
  return (
    <div data-testid={`log-rank-${comparison}`}>
      <Text fw={600} size="sm">
        {comparison === 'any' ? t('recognitionRetention.test.comparison.any') : t('recognitionRetention.test.comparison.peers')}
      </Text>
      <Text size="sm">{words}</Text>
    </div>
  );
}

/**
 * Whether the difference between the recognised and the not recognised is more than chance (log-rank test, hazard
 * ratio). With nobody recognised by customers only, both comparisons are the same one, so it is said once.
 */
export function ChanceFinding({
  logRank,
  months,
  withCustomersOnly = true,
}: {
  logRank: RecognitionRetentionReport['total']['logRank'];
  months: number;
  withCustomersOnly?: boolean;
}) {
  const { t } = useTranslation('reports');
  return (
    <Stack gap="xs" component="section" aria-labelledby="log-rank-title">
      <Title order={3} size="h4" id="log-rank-title">
        {t('recognitionRetention.test.title')}
      </Title>
      <Finding comparison="any" result={logRank.recognisedVsNot} months={months} />
      {withCustomersOnly && <Finding comparison="peers" result={logRank.peersOrManagersVsNot} months={months} />}
      <Text size="xs" c="dimmed">
        {t('recognitionRetention.test.explain')}
      </Text>
    </Stack>
  );
}
