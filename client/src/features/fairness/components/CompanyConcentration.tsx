import { Card, SimpleGrid, Text } from '@mantine/core';
import type { Concentration } from '../api/get-fairness';
import { formatGini, formatShare } from './ConcentrationBadge';

const n = new Intl.NumberFormat();

/** The whole company in four figures, each with a line that says what it means. */
export function CompanyConcentration({ company, days }: { company: Concentration; days: number }) {
  const stats = [
    { label: 'Endorsements', value: n.format(company.endorsements), caption: `received in the last ${days} days` },
    { label: 'Recipients', value: `${n.format(company.recipients)} of ${n.format(company.people)}`, caption: 'people received at least one' },
    {
      label: 'Top 10% share',
      value: formatShare(company.topTenPercentShare),
      caption: company.topTenPercentShare === null ? 'nothing to share yet' : 'of endorsements are held by the top 10% of recipients',
    },
    { label: 'Gini', value: formatGini(company.gini), caption: '0 is perfectly even; 1 is one person receiving them all' },
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      {stats.map((stat) => (
        <Card key={stat.label} withBorder radius="md" p="md">
          <Text size="sm" fw={600}>
            {stat.label}
          </Text>
          <Text fz={{ base: 22, sm: 28 }} fw={800} c="ember.8" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {stat.value}
          </Text>
          <Text size="sm" c="dimmed">
            {stat.caption}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
