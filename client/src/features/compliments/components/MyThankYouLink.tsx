import { Alert, Button, Card, CopyButton, Group, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { problemMessage } from '../../../lib/problem';
import { downloadQrCode, useMyThankYouLink, useSetMyThankYouLink } from '../api/compliments';

/** "My thank-you link": a personal link (and QR code) customers open to thank this person; off until they opt in. */
export function MyThankYouLink() {
  const link = useMyThankYouLink();
  const toggle = useSetMyThankYouLink();
  const [downloadError, setDownloadError] = useState<string>();
  const download = (format: 'svg' | 'png') => {
    setDownloadError(undefined);
    if (link.data?.id) downloadQrCode(link.data.id, format).catch((e: unknown) => setDownloadError(problemMessage(e)));
  };
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          My thank-you link
        </Title>
        <Text size="sm">
          Put it on your email signature, a receipt or a name badge: customers can thank you in their own words. Your manager reads every message before
          anything is shared.
        </Text>
        {link.data && (
          <>
            <Switch
              label="Customers can thank me through my link"
              checked={link.data.enabled}
              disabled={toggle.isPending}
              onChange={(e) => toggle.mutate(e.currentTarget.checked)}
            />
            <Text size="sm" c="dimmed">
              The page shows only “{link.data.shownAs}”. Turning the link off makes it say “no longer available”; turning it on again makes a new one.
            </Text>
          </>
        )}
        {link.data?.enabled && link.data.url && (
          <Stack gap="xs">
            <Group align="flex-end" gap="sm">
              <TextInput label="Link" value={link.data.url} readOnly style={{ flex: 1, minWidth: 220 }} />
              <CopyButton value={link.data.url}>{({ copied, copy }) => <Button onClick={copy}>{copied ? 'Copied' : 'Copy link'}</Button>}</CopyButton>
            </Group>
            <Group gap="sm">
              <Button variant="light" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => download('svg')}>
                QR code (SVG)
              </Button>
              <Button variant="light" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => download('png')}>
                QR code (PNG)
              </Button>
            </Group>
          </Stack>
        )}
        {(link.error || toggle.error || downloadError) && <Alert color="red">{downloadError ?? problemMessage(link.error ?? toggle.error)}</Alert>}
      </Stack>
    </Card>
  );
}
