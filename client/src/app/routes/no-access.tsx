import { Button, Card, EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';

export function NoAccess() {
  return (
    <Card withBorder radius="lg" py={48}>
      <EmptyState
        icon={<IconLock size={28} aria-hidden />}
        title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>This page is not part of your role</h1>}
        description="Ask an admin if you think you should have access."
      >
        <Button component={Link} to="/">
          Go to Home
        </Button>
      </EmptyState>
    </Card>
  );
}
