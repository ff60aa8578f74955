import { Stack } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { quarterOf } from '../../features/budgets/api/quarters';
import { BudgetsAdmin } from '../../features/budgets/components/BudgetsAdmin';
import { QuarterPicker } from '../../features/budgets/components/QuarterPicker';

const QUARTER = /^\d{4}-Q[1-4]$/;

/** The quarter lives in the address (?quarter=2026-Q3), so a view can be reloaded or shared. */
export default function BudgetsRoute() {
  const [params, setParams] = useSearchParams();
  const current = quarterOf();
  const asked = params.get('quarter');
  const quarter = asked && QUARTER.test(asked) ? asked : current;

  return (
    <Stack gap={0}>
      <PageHeader
        title="Budgets"
        description="Points each manager and admin can give in rewards per quarter. Every change is audited: setting or topping up a budget is recorded in the audit log with who did it."
        actions={
          <QuarterPicker current={current} value={quarter} onChange={(next) => setParams(next === current ? {} : { quarter: next }, { replace: true })} />
        }
      />
      <BudgetsAdmin quarter={quarter} />
    </Stack>
  );
}
