import { Select } from '@mantine/core';
import { quarterChoices } from '../api/quarters';

/** The last four quarters, the current one and the next; a quarter from the address outside that range is kept as a choice. */
export function QuarterPicker({ current, value, onChange }: { current: string; value: string; onChange: (quarter: string) => void }) {
  const choices: string[] = quarterChoices(current);
  if (!choices.includes(value)) choices.push(value);
  choices.sort();
  const data = choices.reverse().map((quarter) => ({ value: quarter, label: quarter === current ? `${quarter} (current)` : quarter }));
  return (
    <Select label="Quarter" data={data} value={value} onChange={(next) => next && onChange(next)} allowDeselect={false} checkIconPosition="right" w={190} />
  );
}
