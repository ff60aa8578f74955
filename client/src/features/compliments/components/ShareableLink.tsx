import { Button, CopyButton, Group, Stack, TextInput } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/problem';
import { downloadQrCode } from '../api/compliments';

/**
 * A thank-you link as people share it: the address to copy, and its QR code as SVG (print) or PNG (a signature).
 * `actions` sit beside the downloads (a department's link can be revoked there); a failed download is reported
 * through `onError`, so the card shows it with its other problems.
 */
export function ShareableLink({
  linkId,
  url,
  label,
  actions,
  onError,
}: {
  linkId: string;
  url: string;
  label: string;
  actions?: ReactNode;
  onError: (message: string | undefined) => void;
}) {
  const { t } = useTranslation('compliments');
  const download = (format: 'svg' | 'png') => {
    onError(undefined);
    downloadQrCode(linkId, format).catch((e: unknown) => onError(problemMessage(e)));
  };
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        <TextInput label={label} value={url} readOnly style={{ flex: 1, minWidth: 220 }} />
        <CopyButton value={url}>{({ copied, copy }) => <Button onClick={copy}>{copied ? t('share.copied') : t('share.copy')}</Button>}</CopyButton>
      </Group>
      <Group gap="sm">
        <Button variant="light" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => download('svg')}>
          {t('share.svg')}
        </Button>
        <Button variant="light" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => download('png')}>
          {t('share.png')}
        </Button>
        {actions}
      </Group>
    </Stack>
  );
}
