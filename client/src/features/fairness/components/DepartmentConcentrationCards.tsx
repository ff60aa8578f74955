import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Concentration } from '../api/get-fairness';
import { ConcentrationBadge, formatGini, formatShare } from './ConcentrationBadge';

const n = new Intl.NumberFormat();

/** The department table for a phone: one card per department with the same four figures. */
export function DepartmentConcentrationCards({ departments, labelledBy }: { departments: Concentration[]; labelledBy: string }) {
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby={labelledBy}>
      {departments.map((row) => (
        <Card component="li" key={row.department?.id ?? 'company'} withBorder radius="lg" p="md">
          <Group gap="xs" justify="space-between" wrap="nowrap" mb="xs">
            <Title order={3} size="h5">
              {row.department?.name ?? 'Whole company'}
            </Title>
            <ConcentrationBadge concentration={row} />
          </Group>
          <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
            {[
              ['Recipients', `${n.format(row.recipients)} of ${n.format(row.people)}`],
              ['Endorsements', n.format(row.endorsements)],
              ['Top 10% share', formatShare(row.topTenPercentShare)],
              ['Gini', formatGini(row.gini)],
            ].map(([label, value]) => (
              <div key={label}>
                <Text size="xs" c="dimmed">
                  {label}
                </Text>
                <Text fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {value}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        </Card>
      ))}
    </Stack>
  );
}
