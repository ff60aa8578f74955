import { Button, Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ToneBadge } from '../../../components/ui/badges';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { problemMessage } from '../../../lib/problem';
import { type Badge, useBadges, useUpdateBadge } from '../api/badges';
import { BADGE_ICONS, BadgeIconTile } from './badge-icons';
import { BadgeFormModal } from './BadgeFormModal';
import { useTranslation } from 'react-i18next';

/** Admins define the badges managers give: add, edit, retire (kept on old rewards) and bring back. */
export function BadgesAdmin() {
  const { t } = useTranslation('badges');
  const badges = useBadges({ includeRetired: true });
  const update = useUpdateBadge();
  // undefined: the modal is closed; null: adding a new badge; a badge: editing it.
  const [editing, setEditing] = useState<Badge | null | undefined>(undefined);

  if (badges.isError) return <ErrorPanel message={problemMessage(badges.error)} onRetry={() => void badges.refetch()} />;
  const setRetired = (badge: Badge, retired: boolean) =>
    update.mutate(
      { id: badge.id, changes: { retired } },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            title: retired ? t('admin.retired') : t('admin.restored'),
            message: retired ? t('admin.retiredMessage', { name: badge.name }) : t('admin.restoredMessage', { name: badge.name }),
          }),
        onError: (error) =>
          notifications.show({ color: 'red', title: retired ? t('admin.notRetired') : t('admin.notRestored'), message: problemMessage(error) }),
      },
    );

  return (
    <Stack gap="lg">
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing(null)}>
          {t('form.addTitle')}
        </Button>
      </Group>
      <Card withBorder radius="lg" p={0}>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.badge')}</Table.Th>
                <Table.Th scope="col">{t('form.icon')}</Table.Th>
                <Table.Th scope="col">{t('admin.status')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('admin.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(badges.data ?? []).map((badge) => (
                <Table.Tr key={badge.id}>
                  <Table.Td>
                    <Group gap="sm" wrap="nowrap">
                      <BadgeIconTile icon={badge.icon} />
                      <div>
                        <Text fw={600}>{badge.name}</Text>
                        {badge.description && (
                          <Text size="sm" c="dimmed">
                            {badge.description}
                          </Text>
                        )}
                      </div>
                    </Group>
                  </Table.Td>
                  <Table.Td>{BADGE_ICONS[badge.icon] ? t(BADGE_ICONS[badge.icon].label) : badge.icon}</Table.Td>
                  <Table.Td>
                    {badge.retired ? (
                      <ToneBadge tone="slate">{t('admin.statusRetired')}</ToneBadge>
                    ) : (
                      <ToneBadge tone="green">{t('admin.statusInUse')}</ToneBadge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button size="compact-sm" variant="default" onClick={() => setEditing(badge)} aria-label={t('admin.editLabel', { name: badge.name })}>
                        {t('admin.edit')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => setRetired(badge, !badge.retired)}
                        aria-label={badge.retired ? t('admin.restoreLabel', { name: badge.name }) : t('admin.retireLabel', { name: badge.name })}
                      >
                        {badge.retired ? t('admin.restore') : t('admin.retire')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <BadgeFormModal opened={editing !== undefined} onClose={() => setEditing(undefined)} badge={editing ?? undefined} />
    </Stack>
  );
}
