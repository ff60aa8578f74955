import { Button, Card, EmptyState } from '@mantine/core';
import { IconMapSearch } from '@tabler/icons-react';
import { Link } from 'react-router';

export default function NotFoundRoute() {
  return (
    <Card withBorder radius="lg" py={48}>
      <EmptyState
        icon={<IconMapSearch size={28} aria-hidden />}
        title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>We could not find that page</h1>}
        description="The address may be mistyped, or the page may have moved."
      >
        <Button component={Link} to="/">
          Go to Home
        </Button>
      </EmptyState>
    </Card>
  );
}
