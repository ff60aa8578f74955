import { Button, Card, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorPanel } from './error-panel';
import { useTranslation } from 'react-i18next';

/**
 * One integration's settings (Slack, Teams, webhooks): a card with its heading, an optional status badge beside
 * it, and its body; when its settings did not load, the error with a retry instead.
 */
export function SettingsCard({
  title,
  brand = false,
  badge,
  error,
  onRetry,
  children,
}: {
  title: string;
  /** The title is a product's name (Slack, Microsoft Teams): the same in every language, and left to no translator. */
  brand?: boolean;
  badge?: ReactNode;
  error?: string;
  onRetry: () => void;
  children: ReactNode;
}) {
  if (error !== undefined) return <ErrorPanel message={error} onRetry={onRetry} />;
  const heading = (
    <Title order={2} size="h3" translate={brand ? 'no' : undefined}>
      {title}
    </Title>
  );
  return (
    <Card withBorder radius="lg" p="lg">
      <Stack gap="md">
        {badge === undefined ? (
          heading
        ) : (
          <Group justify="space-between">
            {heading}
            {badge}
          </Group>
        )}
        {children}
      </Stack>
    </Card>
  );
}

/** The small "Remove" beside a listed channel, receiver or token; `label` says what it removes, for screen readers. */
export function RemoveButton({ label, onClick, color }: { label: string; onClick: () => void; color?: string }) {
  const { t } = useTranslation('ui');
  return (
    <Button size="compact-sm" variant="default" color={color} aria-label={label} onClick={onClick}>
      {t('remove')}
    </Button>
  );
}
