import { Button, Card, EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A page that leads nowhere (not found, not for your role): what happened, what to do, and the way back Home. */
export function DeadEndCard({ icon, title, description }: { icon: ReactNode; title: string; description: string }) {
  const { t } = useTranslation('app');
  return (
    <Card withBorder radius="lg" py={48}>
      <EmptyState icon={icon} title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>{title}</h1>} description={description}>
        <Button component={Link} to="/">
          {t('goHome')}
        </Button>
      </EmptyState>
    </Card>
  );
}
