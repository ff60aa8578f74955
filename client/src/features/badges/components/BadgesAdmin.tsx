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

/** Admins define the badges managers give: add, edit, retire (kept on old rewards) and bring back. */
export function BadgesAdmin() {
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
            title: retired ? 'Badge retired' : 'Badge brought back',
            message: retired ? `“${badge.name}” stays on the rewards that gave it.` : `Managers can give “${badge.name}” again.`,
          }),
        onError: (error) => notifications.show({ color: 'red', title: retired ? 'Not retired' : 'Not brought back', message: problemMessage(error) }),
      },
    );

  return (
    <Stack gap="lg">
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing(null)}>
          Add a badge
        </Button>
      </Group>
      <Card withBorder radius="lg" p={0}>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Badge</Table.Th>
                <Table.Th scope="col">Icon</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
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
                  <Table.Td>{BADGE_ICONS[badge.icon]?.label ?? badge.icon}</Table.Td>
                  <Table.Td>{badge.retired ? <ToneBadge tone="slate">Retired</ToneBadge> : <ToneBadge tone="green">In use</ToneBadge>}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button size="compact-sm" variant="default" onClick={() => setEditing(badge)} aria-label={`Edit ${badge.name}`}>
                        Edit
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => setRetired(badge, !badge.retired)}
                        aria-label={`${badge.retired ? 'Bring back' : 'Retire'} ${badge.name}`}
                      >
                        {badge.retired ? 'Bring back' : 'Retire'}
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
