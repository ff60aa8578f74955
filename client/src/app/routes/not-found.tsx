import { IconMapSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DeadEndCard } from '../../components/ui/dead-end-card';

export default function NotFoundRoute() {
  const { t } = useTranslation('app');
  return <DeadEndCard icon={<IconMapSearch size={28} aria-hidden />} title={t('notFound.title')} description={t('notFound.description')} />;
}
