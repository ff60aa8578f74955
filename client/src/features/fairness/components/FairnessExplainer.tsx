import { Card, List, Text, Title } from '@mantine/core';
import { GINI_FLAG, TOP_SHARE_FLAG } from './ConcentrationBadge';

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** What each measure means, in words a programme owner can repeat in a meeting. */
export function FairnessExplainer({ headingId }: { headingId: string }) {
  return (
    <Card withBorder radius="lg" p="lg" component="section" aria-labelledby={headingId} bg="var(--mantine-color-gray-0)">
      <Title order={2} size="h4" id={headingId} mb="xs">
        How to read these numbers
      </Title>
      <List spacing="xs" size="sm">
        <List.Item>
          <Text span fw={600} size="sm">
            Top 10% share
          </Text>
          : rank the people who received at least one endorsement; the top tenth of them hold this share of all endorsements. With even recognition it stays
          close to 10%.
        </List.Item>
        <List.Item>
          <Text span fw={600} size="sm">
            Gini
          </Text>
          : from 0 to 1 over everyone who works here, people with no endorsements included. 0 means everyone received the same number; 1 means one person
          received them all. Because people with none count, it runs high whenever many people go unendorsed.
        </List.Item>
        <List.Item>
          <Text span fw={600} size="sm">
            Concentrated
          </Text>
          : shown when Gini is {GINI_FLAG.toFixed(2)} or more, or the top 10% hold {percent.format(TOP_SHARE_FLAG)} or more. Small teams swing easily, so treat
          it as a reason to look, not a verdict.
        </List.Item>
        <List.Item>
          <Text span fw={600} size="sm">
            Reciprocal pairs
          </Text>
          : two people who endorse each other at least twice each way, where that makes up at least half of all the endorsements the two give.
        </List.Item>
      </List>
    </Card>
  );
}
