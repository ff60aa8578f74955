import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { PeopleDirectory } from '../../features/directory';

export default function PeopleRoute() {
  const { t } = useTranslation('directory');
  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <PeopleDirectory />
    </>
  );
}
