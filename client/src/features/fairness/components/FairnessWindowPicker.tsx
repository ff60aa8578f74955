import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FAIRNESS_WINDOWS, type FairnessWindow } from '../api/get-fairness';

export function FairnessWindowPicker({ value, onChange }: { value: FairnessWindow; onChange: (days: FairnessWindow) => void }) {
  const { t } = useTranslation('fairness');
  const labelId = useId();
  const data = FAIRNESS_WINDOWS.map((days) => ({ value: String(days), label: t('window.days', { count: days }) }));
  return (
    <Stack gap={4}>
      <Text id={labelId} size="sm" fw={500}>
        {t('window.label')}
      </Text>
      <SegmentedControl aria-labelledby={labelId} data={data} value={String(value)} onChange={(next) => onChange(Number(next) as FairnessWindow)} />
    </Stack>
  );
}
