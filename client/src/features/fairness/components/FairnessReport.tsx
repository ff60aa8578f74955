import { Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { problemMessage } from '../../../lib/problem';
import { useFairness } from '../api/get-fairness';
import { CompanyConcentration } from './CompanyConcentration';
import { ConcentrationBadge } from './ConcentrationBadge';
import { DepartmentConcentrationTable } from './DepartmentConcentrationTable';
import { FairnessExplainer } from './FairnessExplainer';
import { ReciprocalPairsList } from './ReciprocalPairsList';

/** Is recognition spread across people, or gathering around a few? For one window of days. */
export function FairnessReport({ days }: { days: number }) {
  const { t } = useTranslation('fairness');
  const fairness = useFairness(days);

  if (fairness.isError) return <ErrorPanel message={problemMessage(fairness.error)} onRetry={() => void fairness.refetch()} />;
  if (fairness.isPending) {
    return (
      <Stack gap="lg" aria-busy>
        <Skeleton h={120} radius="md" />
        <Skeleton h={240} radius="md" />
      </Stack>
    );
  }
  const report = fairness.data;
  return (
    // While another window loads, the previous figures stay, dimmed.
    <Stack gap="xl" aria-busy={fairness.isPlaceholderData} style={{ opacity: fairness.isPlaceholderData ? 0.6 : 1, transition: 'opacity 150ms' }}>
      <Stack gap="sm" component="section" aria-labelledby="fairness-company">
        <Group gap="sm">
          <Title order={2} size="h3" id="fairness-company">
            {t('wholeCompany')}
          </Title>
          <ConcentrationBadge concentration={report.company} />
        </Group>
        <CompanyConcentration company={report.company} days={report.days} />
      </Stack>

      <FairnessExplainer headingId="fairness-explainer" />

      <Stack gap="sm" component="section" aria-labelledby="fairness-departments">
        <Title order={2} size="h3" id="fairness-departments">
          {t('byDepartment')}
        </Title>
        <DepartmentConcentrationTable departments={report.departments} labelledBy="fairness-departments" />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="fairness-pairs">
        <Stack gap={2}>
          <Title order={2} size="h3" id="fairness-pairs">
            {t('pairs.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('pairs.intro')}
          </Text>
        </Stack>
        <ReciprocalPairsList pairs={report.reciprocalPairs} days={report.days} />
      </Stack>
    </Stack>
  );
}
