import { Badge, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconTrophy } from '@tabler/icons-react';
import type { components } from '../../api/schema';
import { championPeriodLabel, championTitleText } from '../../lib/champion-title';
import { i18n } from '../../lib/i18n';

/** A small trophy badge beside a champion's name; screen readers hear the full title instead of the short one. */
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
        style={{ verticalAlign: 'middle' }}
      >
        <span aria-hidden>{i18n.t('app:champion.short', { when: championPeriodLabel(champion) })}</span>
        <VisuallyHidden>{title}</VisuallyHidden>
      </Badge>
    </Tooltip>
  );
}
