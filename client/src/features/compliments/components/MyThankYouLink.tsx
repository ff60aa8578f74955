import { Alert, Card, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/problem';
import { useMyThankYouLink, useSetMyThankYouLink } from '../api/compliments';
import { ShareableLink } from './ShareableLink';

/** "My thank-you link": a personal link (and QR code) customers open to thank this person; off until they opt in. */
export function MyThankYouLink() {
  const { t } = useTranslation('compliments');
  const link = useMyThankYouLink();
  const toggle = useSetMyThankYouLink();
  const [downloadError, setDownloadError] = useState<string>();
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('myLink.title')}
        </Title>
        <Text size="sm">{t('myLink.intro')}</Text>
        {link.data && (
          <>
            <Switch
              label={t('myLink.toggle')}
              checked={link.data.enabled}
              disabled={toggle.isPending}
              onChange={(e) => toggle.mutate(e.currentTarget.checked)}
            />
            <Text size="sm" c="dimmed">
              {t('myLink.shownAs', { name: link.data.shownAs })}
            </Text>
          </>
        )}
        {link.data?.enabled && link.data.url && link.data.id && (
          <ShareableLink linkId={link.data.id} url={link.data.url} label={t('myLink.link')} onError={setDownloadError} />
        )}
        {(link.error || toggle.error || downloadError) && <Alert color="red">{downloadError ?? problemMessage(link.error ?? toggle.error)}</Alert>}
      </Stack>
    </Card>
  );
}
