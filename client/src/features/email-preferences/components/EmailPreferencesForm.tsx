import { Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/problem';
import { type EmailKind, type EmailMode, useEmailPreferences, useSetEmailPreference } from '../api/email-preferences';

/** Each kind's name and what it is about, as translation keys. */
export const EMAIL_KIND_LABELS: Record<EmailKind, { label: string; description: string }> = {
  named_hero: { label: 'email-preferences:kind.named_hero.label', description: 'email-preferences:kind.named_hero.description' },
  story_endorsed: { label: 'email-preferences:kind.story_endorsed.label', description: 'email-preferences:kind.story_endorsed.description' },
  rewarded: { label: 'email-preferences:kind.rewarded.label', description: 'email-preferences:kind.rewarded.description' },
  story_hidden: { label: 'email-preferences:kind.story_hidden.label', description: 'email-preferences:kind.story_hidden.description' },
  weekly_digest: { label: 'email-preferences:kind.weekly_digest.label', description: 'email-preferences:kind.weekly_digest.description' },
  anniversary: { label: 'email-preferences:kind.anniversary.label', description: 'email-preferences:kind.anniversary.description' },
  redemptions: { label: 'email-preferences:kind.redemptions.label', description: 'email-preferences:kind.redemptions.description' },
  mentions: { label: 'email-preferences:kind.mentions.label', description: 'email-preferences:kind.mentions.description' },
};

const MODES: { value: EmailMode; label: string }[] = [
  { value: 'immediately', label: 'email-preferences:mode.immediately' },
  { value: 'daily', label: 'email-preferences:mode.daily' },
  { value: 'never', label: 'email-preferences:mode.never' },
];

export function EmailPreferencesForm() {
  const { t } = useTranslation('email-preferences');
  const preferences = useEmailPreferences();
  const set = useSetEmailPreference();
  if (preferences.isPending) return <Text>{t('loading')}</Text>;
  if (preferences.isError) return <Text role="alert">{problemMessage(preferences.error)}</Text>;
  return (
    <Stack gap="sm">
      {preferences.data.preferences.map(({ kind, mode }) => {
        const id = `email-kind-${kind}`;
        // Digest and anniversaries are already once a day or less; a hidden story, a redemption or a mention is news on its own.
        const once = kind === 'weekly_digest' || kind === 'anniversary' || kind === 'story_hidden' || kind === 'redemptions' || kind === 'mentions';
        const modes = (once ? MODES.filter((m) => m.value !== 'daily') : MODES).map((m) => ({ ...m, label: t(m.label) }));
        return (
          <Paper key={kind} withBorder radius="md" p="md" role="group" aria-labelledby={id}>
            <Stack gap={6}>
              <Text id={id} fw={600}>
                {t(EMAIL_KIND_LABELS[kind].label)}
              </Text>
              <Text size="sm" c="dimmed">
                {t(EMAIL_KIND_LABELS[kind].description)}
              </Text>
              <SegmentedControl
                value={mode}
                data={modes}
                aria-label={t('emailsOf', { kind: t(EMAIL_KIND_LABELS[kind].label) })}
                onChange={(value) =>
                  set.mutate(
                    { kind, mode: value as EmailMode },
                    { onError: (e) => notifications.show({ color: 'red', title: t('notSaved'), message: problemMessage(e) }) },
                  )
                }
              />
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
