import { Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../api/schema';
import { problemMessage } from '../../../lib/problem';
import { useLanguageSettings, useSetCompanyLanguage } from '../api/language-settings';

/** Admins: the language for people who chose none and whose browser speaks none of the app's languages. */
export function CompanyLanguageSetting() {
  const { t } = useTranslation('profile');
  const settings = useLanguageSettings();
  const save = useSetCompanyLanguage();
  if (!settings.data) return null;
  return (
    <Paper p={{ base: 'md', sm: 'xl' }} shadow="xs" component="section" aria-labelledby="company-language-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="company-language-title">
          {t('companyLanguage.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('companyLanguage.description')}
        </Text>
        <Select
          label={t('companyLanguage.label')}
          data={[
            { value: 'en', label: 'English' },
            { value: 'es', label: 'Español' },
            { value: 'de', label: 'Deutsch' },
          ]}
          value={settings.data.defaultLanguage}
          allowDeselect={false}
          disabled={save.isPending}
          onChange={(value) =>
            value &&
            save.mutate(value as components['schemas']['Language'], {
              onError: (error) => notifications.show({ color: 'red', title: t('language.notSaved'), message: problemMessage(error) }),
            })
          }
          w={{ base: '100%', xs: 280 }}
        />
      </Stack>
    </Paper>
  );
}
