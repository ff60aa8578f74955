import { Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/problem';
import type { Me } from '../api/get-me';
import { type Language, useSetLanguage } from '../api/set-language';

const BROWSER = 'browser';

/**
 * The language of the app and of the person's email. Each language is named in its own words (so someone who
 * cannot read the current one still finds theirs); "the browser's" follows the device.
 */
export function LanguageSetting({ me }: { me: Me }) {
  const { t } = useTranslation('profile');
  const save = useSetLanguage();
  return (
    <Paper p={{ base: 'md', sm: 'xl' }} shadow="xs" component="section" aria-labelledby="language-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="language-title">
          {t('language.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('language.description')}
        </Text>
        <Select
          label={t('language.label')}
          data={[
            { value: BROWSER, label: t('language.browser') },
            { value: 'en', label: 'English' },
            { value: 'es', label: 'Español' },
            { value: 'de', label: 'Deutsch' },
          ]}
          value={me.language ?? BROWSER}
          allowDeselect={false}
          disabled={save.isPending}
          onChange={(value) =>
            save.mutate(value === BROWSER || !value ? null : (value as Language), {
              onError: (error) => notifications.show({ color: 'red', title: t('language.notSaved'), message: problemMessage(error) }),
            })
          }
          w={{ base: '100%', xs: 280 }}
        />
      </Stack>
    </Paper>
  );
}
