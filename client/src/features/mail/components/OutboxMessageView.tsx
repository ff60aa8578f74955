import { Anchor, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../../lib/dates';
import type { OutboxMessage } from '../api/list-outbox';

/**
 * One email as it would have arrived. The HTML runs in a sandboxed frame with no scripts and no access to the app;
 * its links open in a new tab, so they work as they would in a mail client.
 */
export function OutboxMessageView({ message }: { message: OutboxMessage }) {
  const html = message.html.replace('<head>', '<head><base target="_blank">');
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} fz={20}>
          {message.subject}
        </Title>
        <Text size="sm">
          To <strong>{message.to}</strong> · {formatDateTime(message.createdAt)} · {message.kind.replace(/_/g, ' ')}
        </Text>
        {message.listUnsubscribe && (
          <Text size="sm" c="dimmed">
            One-click unsubscribe (List-Unsubscribe):{' '}
            <Anchor href={message.listUnsubscribe} size="sm">
              {message.listUnsubscribe}
            </Anchor>
          </Text>
        )}
        <Tabs defaultValue="html">
          <Tabs.List>
            <Tabs.Tab value="html">HTML</Tabs.Tab>
            <Tabs.Tab value="text">Plain text</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="html" pt="sm">
            <iframe
              title={`Email: ${message.subject}`}
              srcDoc={html}
              sandbox="allow-popups allow-popups-to-escape-sandbox"
              style={{ width: '100%', height: 560, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6, background: '#fff' }}
            />
          </Tabs.Panel>
          <Tabs.Panel value="text" pt="sm">
            <Text
              component="pre"
              size="sm"
              style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontFamily: 'var(--mantine-font-family-monospace)' }}
              data-testid="outbox-text"
            >
              {message.text}
            </Text>
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Paper>
  );
}
