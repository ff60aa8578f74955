import { Anchor, Card, Group, Text, ThemeIcon } from '@mantine/core';
import { IconCake } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FeedPage } from '../api/list-feed';

/** Today's milestone work anniversaries, celebrated at the top of the feed. */
export function AnniversaryCards({ anniversaries }: { anniversaries: FeedPage['anniversaries'] }) {
  const { t } = useTranslation('feed');
  if (!anniversaries.length) return null;
  return (
    <section aria-label={t('anniversaries.label')}>
      {anniversaries.map((a) => (
        <Card key={a.employeeId} withBorder radius="lg" p="md" mb="sm" bg="yellow.0">
          <Group wrap="nowrap">
            <ThemeIcon size={40} radius="xl" color="yellow.6" aria-hidden>
              <IconCake size={22} />
            </ThemeIcon>
            <Text>
              <Trans
                t={t}
                i18nKey="anniversaries.today"
                values={{ name: a.name, department: a.department.name, years: a.years }}
                components={{ person: <Anchor component={Link} to={`/people/${a.employeeId}`} fw={700} c="inherit" />, strong: <strong /> }}
              />
            </Text>
          </Group>
        </Card>
      ))}
    </section>
  );
}
