import { useEffect } from 'react';
import { useMe } from '../features/profile/api/get-me';
import { applyPersonalLanguage } from '../lib/i18n';

/** Once the signed-in person's record arrives, the app speaks the language they chose (null: their browser's). */
export function LanguageFollower() {
  const me = useMe();
  const language = me.data?.language;
  const loaded = me.isSuccess;
  useEffect(() => {
    if (loaded) applyPersonalLanguage(language ?? null);
  }, [loaded, language]);
  return null;
}
