import { Avatar, type AvatarProps } from '@mantine/core';

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase();
}

/** Initials in a warm circle; decorative, since the name is always written next to it. */
export function PersonAvatar({ name, ...props }: { name: string } & Omit<AvatarProps, 'children'>) {
  return (
    <Avatar color="ember" variant="filled" radius="xl" aria-hidden {...props}>
      {initials(name)}
    </Avatar>
  );
}
