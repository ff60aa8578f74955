import { Badge, Tooltip } from '@mantine/core';
import { IconTrophy } from '@tabler/icons-react';
import type { components } from '../../api/schema';
import { championPeriodLabel, championTitleText } from '../../lib/champion-title';

/** A small trophy badge beside a champion's name; the full title is in the label for screen readers. */
export function ChampionBadge({ champion }: { champion: components['schemas']['ChampionBadgeDto'] }) {
  const title = championTitleText(champion);
  return (
    <Tooltip label={title}>
      <Badge
        variant="filled"
        bg="#fff0c2"
        c="#7a4d00"
        tt="none"
        fw={700}
        size="sm"
        ml={6}
        leftSection={<IconTrophy size={12} aria-hidden />}
        aria-label={title}
        style={{ verticalAlign: 'middle' }}
      >
        Champion · {championPeriodLabel(champion)}
      </Badge>
    </Tooltip>
  );
}
