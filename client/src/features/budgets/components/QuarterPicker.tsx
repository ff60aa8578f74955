import { Select } from '@mantine/core';
import { quarterChoices } from '../api/quarters';
import { useTranslation } from 'react-i18next';

/** The last four quarters, the current one and the next; a quarter from the address outside that range is kept as a choice. */
export function QuarterPicker({ current, value, onChange }: { current: string; value: string; onChange: (quarter: string) => void }) {
  const { t } = useTranslation('budgets');
  const choices: string[] = quarterChoices(current);
  if (!choices.includes(value)) choices.push(value);
  choices.sort();
  const data = choices.reverse().map((quarter) => ({ value: quarter, label: quarter === current ? t('quarter.current', { quarter }) : quarter }));
  return (
    <Select
      label={t('quarter.label')}
      data={data}
      value={value}
      onChange={(next) => next && onChange(next)}
      allowDeselect={false}
      checkIconPosition="right"
      w={190}
    />
  );
}
