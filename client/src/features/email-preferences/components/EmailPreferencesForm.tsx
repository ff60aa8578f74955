import { Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { problemMessage } from '../../../lib/problem';
import { type EmailKind, type EmailMode, useEmailPreferences, useSetEmailPreference } from '../api/email-preferences';

export const EMAIL_KIND_LABELS: Record<EmailKind, { label: string; description: string }> = {
  named_hero: { label: 'Named a hero', description: 'Someone tells a story with you as a hero.' },
  story_endorsed: { label: 'Story endorsed', description: 'Colleagues endorse your stories (at most one email an hour).' },
  rewarded: { label: 'Rewards', description: 'A manager rewards you.' },
  story_hidden: { label: 'Story hidden', description: 'A moderator hides a story you told, with the reason.' },
  weekly_digest: { label: 'Weekly digest (managers)', description: 'Monday morning: your departments’ week.' },
  anniversary: { label: 'Work anniversaries', description: 'Yours, and those of the people who report to you.' },
  redemptions: { label: 'Redemptions', description: 'A reward you redeemed is ready or declined; for admins, a redemption to fulfil.' },
  mentions: { label: 'Mentions', description: 'Someone mentions you with @ in a comment on a story.' },
};

const MODES: { value: EmailMode; label: string }[] = [
  { value: 'immediately', label: 'Right away' },
  { value: 'daily', label: 'Daily digest' },
  { value: 'never', label: 'Never' },
];

export function EmailPreferencesForm() {
  const preferences = useEmailPreferences();
  const set = useSetEmailPreference();
  if (preferences.isPending) return <Text>Loading…</Text>;
  if (preferences.isError) return <Text role="alert">{problemMessage(preferences.error)}</Text>;
  return (
    <Stack gap="sm">
      {preferences.data.preferences.map(({ kind, mode }) => {
        const id = `email-kind-${kind}`;
        // Digest and anniversaries are already once a day or less; a hidden story, a redemption or a mention is news on its own.
        const once = kind === 'weekly_digest' || kind === 'anniversary' || kind === 'story_hidden' || kind === 'redemptions' || kind === 'mentions';
        const modes = once ? MODES.filter((m) => m.value !== 'daily') : MODES;
        return (
          <Paper key={kind} withBorder radius="md" p="md" role="group" aria-labelledby={id}>
            <Stack gap={6}>
              <Text id={id} fw={600}>
                {EMAIL_KIND_LABELS[kind].label}
              </Text>
              <Text size="sm" c="dimmed">
                {EMAIL_KIND_LABELS[kind].description}
              </Text>
              <SegmentedControl
                value={mode}
                data={modes}
                aria-label={`${EMAIL_KIND_LABELS[kind].label} emails`}
                onChange={(value) =>
                  set.mutate(
                    { kind, mode: value as EmailMode },
                    { onError: (e) => notifications.show({ color: 'red', title: 'Not saved', message: problemMessage(e) }) },
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
