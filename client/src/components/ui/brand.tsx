import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconStarFilled } from '@tabler/icons-react';

/** The Heroics word mark: a star in an ember tile and the product name. */
export function Brand({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const large = size === 'lg';
  return (
    <Group gap={large ? 'sm' : 8} wrap="nowrap">
      <ThemeIcon size={large ? 44 : 32} radius="md" variant="filled" aria-hidden>
        <IconStarFilled size={large ? 24 : 18} />
      </ThemeIcon>
      <Text component="span" fw={800} fz={large ? 28 : 20} lh={1} style={{ letterSpacing: '-0.02em' }}>
        Heroics
      </Text>
    </Group>
  );
}
