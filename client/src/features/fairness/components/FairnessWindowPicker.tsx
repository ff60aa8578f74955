import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { FAIRNESS_WINDOWS, type FairnessWindow } from '../api/get-fairness';

const data = FAIRNESS_WINDOWS.map((days) => ({ value: String(days), label: `${days} days` }));

export function FairnessWindowPicker({ value, onChange }: { value: FairnessWindow; onChange: (days: FairnessWindow) => void }) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text id={labelId} size="sm" fw={500}>
        Endorsements given in the last
      </Text>
      <SegmentedControl aria-labelledby={labelId} data={data} value={String(value)} onChange={(next) => onChange(Number(next) as FairnessWindow)} />
    </Stack>
  );
}
