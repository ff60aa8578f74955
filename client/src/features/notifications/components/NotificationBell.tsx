import { ActionIcon, Anchor, Button, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import { useMarkNotificationsRead, useNotifications, useUnreadCount } from '../api/notifications';
import { useTranslation } from 'react-i18next';

/** The bell: unread count (polled and refreshed on focus) and the latest notifications. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const [opened, setOpened] = useState(false);
  const unread = useUnreadCount();
  const list = useNotifications(opened);
  const markRead = useMarkNotificationsRead();
  const count = unread.data?.unreadCount ?? 0;

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md" withArrow>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray.8"
          size="lg"
          onClick={() => setOpened((o) => !o)}
          aria-label={count ? t('unreadLabel', { count }) : t('title')}
        >
          <Indicator label={count > 99 ? '99+' : count} size={18} disabled={count === 0} color="ember.7" offset={2}>
            <IconBell size={22} />
          </Indicator>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown p="sm">
        <Group justify="space-between" mb="xs">
          <Text fw={700}>{t('title')}</Text>
          {count > 0 && (
            <Button size="compact-sm" variant="subtle" onClick={() => markRead.mutate({ all: true })}>
              {t('markAllRead')}
            </Button>
          )}
        </Group>
        <ScrollArea.Autosize mah={360}>
          <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {(list.data?.items ?? []).map((n) => (
              <li key={n.id}>
                <Anchor
                  component={Link}
                  to={
                    n.story
                      ? `/stories/${n.story.id}`
                      : n.kind === 'kudos_received'
                        ? '/kudos'
                        : n.kind === 'redemption_requested'
                          ? '/fulfilment'
                          : n.redemptionId
                            ? '/rewards'
                            : '/'
                  }
                  c="inherit"
                  underline="never"
                  onClick={() => {
                    if (!n.read) markRead.mutate({ ids: [n.id] });
                    setOpened(false);
                  }}
                  style={{ display: 'block', padding: 8, borderRadius: 8, background: n.read ? undefined : 'var(--mantine-color-ember-0)' }}
                >
                  <Text size="sm" fw={n.read ? 400 : 600}>
                    {n.message}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDate(n.createdAt.slice(0, 10))}
                  </Text>
                </Anchor>
              </li>
            ))}
            {list.data && list.data.items.length === 0 && (
              <Text size="sm" c="dimmed" p="sm">
                {t('empty')}
              </Text>
            )}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
