import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { EmailPreferencesForm } from '../../features/email-preferences';

export default function EmailSettingsRoute() {
  const { t } = useTranslation('email-preferences');
  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <EmailPreferencesForm />
    </>
  );
}
