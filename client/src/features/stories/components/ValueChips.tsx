import { Card, Chip, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The composer's choice of one to five company values, as chips, with its problem beneath. */
export function ValueChips({
  values,
  selected,
  onChange,
  error,
}: {
  values: { id: string; name: string }[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation('stories');
  return (
    <Card withBorder radius="lg" p="lg">
      <Chip.Group multiple value={selected} onChange={onChange}>
        <Text fw={500} size="sm" mb={4} id="values-label">
          {t('composer.values')}
        </Text>
        <Group gap="xs" role="group" aria-labelledby="values-label" data-invalid={error ? 'true' : undefined}>
          {values.map((value) => (
            <Chip key={value.id} value={value.id} variant="outline">
              {value.name}
            </Chip>
          ))}
        </Group>
        {error && (
          <Text c="red.8" size="sm" mt={4}>
            {error}
          </Text>
        )}
      </Chip.Group>
    </Card>
  );
}
