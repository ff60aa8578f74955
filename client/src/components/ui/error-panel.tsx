import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** The inline way a page says its data did not load, with a retry. */
export function ErrorPanel({ title = 'This did not load', message, onRetry }: { title?: string; message: string; onRetry?: () => void }) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert">
      {message}
      {onRetry && (
        <Button variant="white" color="red" size="xs" mt="sm" display="block" onClick={onRetry}>
          Try again
        </Button>
      )}
    </Alert>
  );
}
