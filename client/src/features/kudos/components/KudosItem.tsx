import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ToneBadge } from '../../../components/ui/badges';
import { PersonAvatar } from '../../../components/ui/person-avatar';
import { formatDateTime } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import { type Kudos, useRemoveKudos } from '../api/kudos';
import { Trans, useTranslation } from 'react-i18next';

/** One kudos on one line: who thanked whom, for which value, and the sentence. */
export function KudosItem({ kudos }: { kudos: Kudos }) {
  const remove = useRemoveKudos();
  const { t } = useTranslation('kudos');
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" component="li">
      <PersonAvatar name={kudos.hero.name} size="sm" mt={2} />
      <div style={{ flex: 1, minWidth: 0 }}>
        <Group gap={6} wrap="wrap">
          <Text size="sm">
            <Trans
              t={t}
              i18nKey="item.gave"
              values={{ giver: kudos.giver.name, hero: kudos.hero.name }}
              components={{ giver: <Text span fw={600} />, hero: <Text span fw={600} component={Link} to={`/people/${kudos.hero.id}`} c="ember.9" /> }}
            />
          </Text>
          <ToneBadge tone="green">{kudos.value.name}</ToneBadge>
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {kudos.message}
        </Text>
        <Text size="xs" c="dimmed">
          {formatDateTime(kudos.createdAt)}
        </Text>
      </div>
      {kudos.canDelete && (
        <Tooltip label={t('item.remove')}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('item.removeLabel', { name: kudos.hero.name })}
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(kudos, { onError: (error) => notifications.show({ color: 'red', title: t('item.notRemoved'), message: problemMessage(error) }) })
            }
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
