import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { FAIRNESS_WINDOWS, type FairnessWindow } from '../../features/fairness/api/get-fairness';
import { FairnessReport } from '../../features/fairness/components/FairnessReport';
import { FairnessWindowPicker } from '../../features/fairness/components/FairnessWindowPicker';

const DEFAULT_WINDOW: FairnessWindow = 365;

function windowFrom(value: string | null): FairnessWindow {
  const days = Number(value);
  return (FAIRNESS_WINDOWS as readonly number[]).includes(days) ? (days as FairnessWindow) : DEFAULT_WINDOW;
}

/** The window lives in the address (?days=90), so a view can be reloaded or shared. */
export default function FairnessRoute() {
  const { t } = useTranslation('fairness');
  const [params, setParams] = useSearchParams();
  const days = windowFrom(params.get('days'));

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('page.title')}
        description={t('page.description')}
        actions={<FairnessWindowPicker value={days} onChange={(next) => setParams(next === DEFAULT_WINDOW ? {} : { days: String(next) }, { replace: true })} />}
      />
      <FairnessReport days={days} />
    </Stack>
  );
}
