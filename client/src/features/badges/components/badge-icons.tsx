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

type BadgeIconLabel = `badges:icon.${BadgeIcon}`;

/** Each icon name the server allows, drawn and named in words (the name is what a screen reader says): the key of its name. */
export const BADGE_ICONS: Record<BadgeIcon, { Icon: typeof IconAward; label: BadgeIconLabel }> = {
  award: { Icon: IconAward, label: 'badges:icon.award' },
  medal: { Icon: IconMedal, label: 'badges:icon.medal' },
  trophy: { Icon: IconTrophy, label: 'badges:icon.trophy' },
  crown: { Icon: IconCrown, label: 'badges:icon.crown' },
  star: { Icon: IconStar, label: 'badges:icon.star' },
  heart: { Icon: IconHeart, label: 'badges:icon.heart' },
  flame: { Icon: IconFlame, label: 'badges:icon.flame' },
  rocket: { Icon: IconRocket, label: 'badges:icon.rocket' },
  shield: { Icon: IconShield, label: 'badges:icon.shield' },
  umbrella: { Icon: IconUmbrella, label: 'badges:icon.umbrella' },
  bulb: { Icon: IconBulb, label: 'badges:icon.bulb' },
  users: { Icon: IconUsers, label: 'badges:icon.users' },
  headset: { Icon: IconHeadset, label: 'badges:icon.headset' },
  'thumb-up': { Icon: IconThumbUp, label: 'badges:icon.thumb-up' },
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
