import { Group, Loader, Radio, SimpleGrid, Text } from '@mantine/core';
import { problemMessage } from '../../../lib/problem';
import { useBadges } from '../api/badges';
import { BadgeIconTile } from './badge-icons';
import { useTranslation } from 'react-i18next';

/** The required choice of a badge in the reward dialog: each current badge with its icon and name. */
export function BadgeChoice({ value, onChange, error }: { value: string; onChange: (id: string) => void; error?: string }) {
  const { t } = useTranslation('badges');
  const badges = useBadges();
  return (
    <Radio.Group label={t('choice.label')} description={t('choice.description')} withAsterisk value={value} onChange={onChange} error={error}>
      {badges.isPending ? (
        <Loader size="sm" mt="xs" aria-label={t('choice.loading')} />
      ) : badges.isError ? (
        <Text size="sm" c="red.8" mt="xs" role="alert">
          {problemMessage(badges.error)}
        </Text>
      ) : badges.data.length === 0 ? (
        <Text size="sm" c="dimmed" mt="xs">
          {t('choice.empty')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
          {badges.data.map((badge) => (
            <Radio.Card
              key={badge.id}
              value={badge.id}
              radius="md"
              p="sm"
              aria-label={badge.name}
              aria-describedby={badge.description ? `badge-${badge.id}-about` : undefined}
            >
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Radio.Indicator />
                <BadgeIconTile icon={badge.icon} />
                <div>
                  <Text fw={600} size="sm">
                    {badge.name}
                  </Text>
                  {badge.description && (
                    <Text size="xs" c="dimmed" id={`badge-${badge.id}-about`}>
                      {badge.description}
                    </Text>
                  )}
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      )}
    </Radio.Group>
  );
}
