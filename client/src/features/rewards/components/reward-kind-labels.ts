import { i18n } from '../../../lib/i18n';

/** How each kind of reward is named to people, in the active language. */
export function rewardKindLabel(kind: 'points' | 'badge' | 'gift' | 'champion'): string {
  const labels = { points: 'rewards:kind.points', badge: 'rewards:kind.badge', gift: 'rewards:kind.gift', champion: 'rewards:kind.champion' } as const;
  return i18n.t(labels[kind]);
}
