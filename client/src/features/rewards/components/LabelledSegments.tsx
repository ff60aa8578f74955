import { SegmentedControl, Text } from '@mantine/core';

/** A segmented choice under a visible label that assistive technology reads as its name (Mantine's has no label). */
export function LabelledSegments<T extends string>({
  id,
  label,
  data,
  value,
  onChange,
}: {
  id: string;
  label: string;
  data: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={id} data={data} value={value} onChange={(v) => onChange(v as T)} />
    </>
  );
}
