import { Alert, Card, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { problemMessage } from '../../../lib/problem';
import { useMyThankYouLink, useSetMyThankYouLink } from '../api/compliments';
import { ShareableLink } from './ShareableLink';

/** "My thank-you link": a personal link (and QR code) customers open to thank this person; off until they opt in. */
export function MyThankYouLink() {
  const link = useMyThankYouLink();
  const toggle = useSetMyThankYouLink();
  const [downloadError, setDownloadError] = useState<string>();
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
        {link.data?.enabled && link.data.url && link.data.id && (
          <ShareableLink linkId={link.data.id} url={link.data.url} label="Link" onError={setDownloadError} />
        )}
        {(link.error || toggle.error || downloadError) && <Alert color="red">{downloadError ?? problemMessage(link.error ?? toggle.error)}</Alert>}
      </Stack>
    </Card>
  );
}
