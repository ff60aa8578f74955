import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/problem';
import type { Me } from '../api/get-me';
import { type Language, useSetLanguage } from '../api/set-language';
import { LanguageCard } from './LanguageCard';

const BROWSER = 'browser';

/** The language of the app and of the person's email; "the browser's" follows the device. */
export function LanguageSetting({ me }: { me: Me }) {
  const { t } = useTranslation('profile');
  const save = useSetLanguage();
  return (
    <LanguageCard
      id="language-title"
      title={t('language.title')}
      description={t('language.description')}
      label={t('language.label')}
      before={[{ value: BROWSER, label: t('language.browser') }]}
      value={me.language ?? BROWSER}
      pending={save.isPending}
      onChange={(value) =>
        save.mutate(value === BROWSER ? null : (value as Language), {
          onError: (error) => notifications.show({ color: 'red', title: t('language.notSaved'), message: problemMessage(error) }),
        })
      }
    />
  );
}
