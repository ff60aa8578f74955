import { Button, Card, EmptyState } from '@mantine/core';
import { IconMapSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export default function NotFoundRoute() {
  const { t } = useTranslation('app');
  return (
    <Card withBorder radius="lg" py={48}>
      <EmptyState
        icon={<IconMapSearch size={28} aria-hidden />}
        title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{t('notFound.title')}</h1>}
        description={t('notFound.description')}
      >
        <Button component={Link} to="/">
          {t('goHome')}
        </Button>
      </EmptyState>
    </Card>
  );
}
