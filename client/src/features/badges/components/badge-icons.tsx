import { Group, Text, ThemeIcon } from '@mantine/core';
import {
  IconAward,
  IconBulb,
  IconCrown,
  IconFlame,
  IconHeadset,
  IconHeart,
  IconMedal,
  IconRocket,
  IconShield,
  IconStar,
  IconThumbUp,
  IconTrophy,
  IconUmbrella,
  IconUsers,
} from '@tabler/icons-react';
import type { BadgeIcon, BadgeRef } from '../api/badges';

/** Each icon name the server allows, drawn and named in words (the name is what a screen reader says). */
export const BADGE_ICONS: Record<BadgeIcon, { Icon: typeof IconAward; label: string }> = {
  award: { Icon: IconAward, label: 'Rosette' },
  medal: { Icon: IconMedal, label: 'Medal' },
  trophy: { Icon: IconTrophy, label: 'Trophy' },
  crown: { Icon: IconCrown, label: 'Crown' },
  star: { Icon: IconStar, label: 'Star' },
  heart: { Icon: IconHeart, label: 'Heart' },
  flame: { Icon: IconFlame, label: 'Flame' },
  rocket: { Icon: IconRocket, label: 'Rocket' },
  shield: { Icon: IconShield, label: 'Shield' },
  umbrella: { Icon: IconUmbrella, label: 'Umbrella' },
  bulb: { Icon: IconBulb, label: 'Light bulb' },
  users: { Icon: IconUsers, label: 'Team' },
  headset: { Icon: IconHeadset, label: 'Headset' },
  'thumb-up': { Icon: IconThumbUp, label: 'Thumbs up' },
};

export const BADGE_ICON_NAMES = Object.keys(BADGE_ICONS) as BadgeIcon[];

/** A badge's icon in a round tile; decorative, since its name is always written beside it. */
export function BadgeIconTile({ icon, size = 'md' }: { icon: BadgeIcon; size?: 'sm' | 'md' | 'lg' }) {
  const { Icon } = BADGE_ICONS[icon] ?? BADGE_ICONS.award;
  return (
    <ThemeIcon variant="light" color="ember" radius="xl" size={size} aria-hidden>
      <Icon size={size === 'lg' ? 22 : size === 'sm' ? 14 : 18} />
    </ThemeIcon>
  );
}

/** A badge as a reward shows it: its icon and its name. */
export function BadgeMark({ badge }: { badge: BadgeRef }) {
  return (
    <Group gap={6} wrap="nowrap">
      <BadgeIconTile icon={badge.icon} size="sm" />
      <Text fw={600} size="sm">
        {badge.name}
      </Text>
    </Group>
  );
}
