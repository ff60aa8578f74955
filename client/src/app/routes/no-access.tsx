import { Button, Card, EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NoAccess() {
  const { t } = useTranslation('app');
  return (
    <Card withBorder radius="lg" py={48}>
      <EmptyState
        icon={<IconLock size={28} aria-hidden />}
        title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('noAccess.title')}</h1>}
        description={t('noAccess.description')}
      >
        <Button component={Link} to="/">
          {t('goHome')}
        </Button>
      </EmptyState>
    </Card>
  );
}
