import { Anchor, Stack } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { CenteredLoader } from '../../components/ui/centered-loader';
import { PageHeader } from '../../components/ui/page-header';
import { quarterOf } from '../../features/budgets/api/quarters';
import { BudgetsAdmin } from '../../features/budgets/components/BudgetsAdmin';
import { QuarterPicker } from '../../features/budgets/components/QuarterPicker';
import { useCompanyToday } from '../../lib/company-today';
import { Trans, useTranslation } from 'react-i18next';

const QUARTER = /^\d{4}-Q[1-4]$/;

/** The quarter lives in the address (?quarter=2026-Q3), so a view can be reloaded or shared. */
export default function BudgetsRoute() {
  const { t } = useTranslation('budgets');
  const [params, setParams] = useSearchParams();
  // This quarter by the company's calendar, as the server counts budgets, not by the browser's.
  const today = useCompanyToday().data;
  if (!today) return <CenteredLoader label={t('page.loading')} />;
  const current = quarterOf(today);
  const asked = params.get('quarter');
  const quarter = asked && QUARTER.test(asked) ? asked : current;

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('page.title')}
        description={<Trans t={t} i18nKey="page.description" components={{ audit: <Anchor component={Link} to="/audit" inherit underline="always" /> }} />}
        actions={
          <QuarterPicker current={current} value={quarter} onChange={(next) => setParams(next === current ? {} : { quarter: next }, { replace: true })} />
        }
      />
      <BudgetsAdmin quarter={quarter} />
    </Stack>
  );
}
