import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/problem';
import { useLanguageSettings, useSetCompanyLanguage } from '../api/language-settings';
import type { Language } from '../api/set-language';
import { LanguageCard } from './LanguageCard';

/** Admins: the language for people who chose none and whose browser speaks none of the app's languages. */
export function CompanyLanguageSetting() {
  const { t } = useTranslation('profile');
  const settings = useLanguageSettings();
  const save = useSetCompanyLanguage();
  if (!settings.data) return null;
  return (
    <LanguageCard
      id="company-language-title"
      title={t('companyLanguage.title')}
      description={t('companyLanguage.description')}
      label={t('companyLanguage.label')}
      value={settings.data.defaultLanguage}
      pending={save.isPending}
      onChange={(value) =>
        save.mutate(value as Language, {
          onError: (error) => notifications.show({ color: 'red', title: t('language.notSaved'), message: problemMessage(error) }),
        })
      }
    />
  );
}
