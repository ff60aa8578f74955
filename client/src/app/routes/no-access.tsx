import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DeadEndCard } from '../../components/ui/dead-end-card';

export function NoAccess() {
  const { t } = useTranslation('app');
  return <DeadEndCard icon={<IconLock size={28} aria-hidden />} title={t('noAccess.title')} description={t('noAccess.description')} />;
}
