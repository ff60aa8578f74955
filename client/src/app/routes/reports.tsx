import '@mantine/charts/styles.css';
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { CenteredLoader } from '../../components/ui/centered-loader';
import { ErrorPanel } from '../../components/ui/error-panel';
import { PageHeader } from '../../components/ui/page-header';
import { useCompanyToday } from '../../lib/company-today';
import type { ReportFilters } from '../../features/reports/api/report-filters';
import { CoverageSection } from '../../features/reports/components/CoverageSection';
import { CustomerComplimentsSection } from '../../features/reports/components/CustomerComplimentsSection';
import { EmpowermentSection } from '../../features/reports/components/EmpowermentSection';
import { RecognitionRetentionSection } from '../../features/reports/components/RecognitionRetentionSection';
import { ReportFiltersBar } from '../../features/reports/components/ReportFiltersBar';
import { RetentionSection } from '../../features/reports/components/RetentionSection';
import { TenureSection } from '../../features/reports/components/TenureSection';
import { useSession } from '../../lib/auth-session';
import { problemMessage } from '../../lib/problem';
import { formatDate } from '../../lib/dates';
import { useTranslation } from 'react-i18next';

/** The first day of the month eleven months before `to`: the last twelve calendar months. */
function yearBefore(to: string): string {
  const year = Number(to.slice(0, 4));
  const month = Number(to.slice(5, 7)) - 11;
  const start = new Date(Date.UTC(year, month - 1, 1));
  return start.toISOString().slice(0, 10);
}

function Reports({ today, managerId }: { today: string; managerId?: string }) {
  const { t } = useTranslation('reports');
  const [filters, setFilters] = useState<ReportFilters>({ departmentId: null, from: yearBefore(today), to: today, months: 6 });
  return (
    <Stack gap="lg">
      <PageHeader title={t('page.title')} description={t('page.description', { to: formatDate(filters.to) })} />
      <ReportFiltersBar value={filters} onChange={setFilters} managerId={managerId} today={today} />
      <RecognitionRetentionSection filters={filters} />
      <TenureSection filters={filters} />
      <RetentionSection filters={filters} />
      <CoverageSection filters={filters} />
      <EmpowermentSection filters={filters} />
      <CustomerComplimentsSection filters={filters} />
    </Stack>
  );
}

export default function ReportsRoute() {
  const { t } = useTranslation('reports');
  const session = useSession();
  const today = useCompanyToday();
  if (today.error) return <ErrorPanel message={problemMessage(today.error)} onRetry={() => void today.refetch()} />;
  if (!today.data || session.status !== 'signed-in') return <CenteredLoader label={t('page.loading')} />;
  return <Reports today={today.data} managerId={session.employee.role === 'manager' ? session.employee.id : undefined} />;
}
