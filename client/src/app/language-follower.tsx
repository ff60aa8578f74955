import { useEffect } from 'react';
import { useLanguageSettings } from '../features/profile/api/language-settings';
import { useMe } from '../features/profile/api/get-me';
import { applyPersonalLanguage } from '../lib/i18n';

/** Before anyone signs in: the browser's language, else the company's default. */
export function CompanyLanguageFollower() {
  const settings = useLanguageSettings();
  const companyDefault = settings.data?.defaultLanguage;
  useEffect(() => {
    if (companyDefault) applyPersonalLanguage(undefined, companyDefault);
  }, [companyDefault]);
  return null;
}

/** Once the signed-in person's record arrives, the app speaks the language they chose (null: their browser's, else the company's). */
export function LanguageFollower() {
  const me = useMe();
  const settings = useLanguageSettings();
  const language = me.data?.language;
  const loaded = me.isSuccess;
  const companyDefault = settings.data?.defaultLanguage;
  useEffect(() => {
    if (loaded) applyPersonalLanguage(language ?? null, companyDefault);
  }, [loaded, language, companyDefault]);
  return null;
}
