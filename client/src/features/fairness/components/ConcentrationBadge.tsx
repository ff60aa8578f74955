import { useTranslation } from 'react-i18next';
import { ToneBadge } from '../../../components/ui/badges';
import type { Concentration } from '../api/get-fairness';

/** Where the page starts to flag concentration; the explanation on the page quotes these. */
export const GINI_FLAG = 0.8;
export const TOP_SHARE_FLAG = 0.5;

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "42%" for 0.42; a dash when there is nothing to measure (no endorsements in the window). */
export function formatShare(share: number | null): string {
  return share === null ? '–' : percent.format(share);
}

/** "0.38"; a dash when there is nothing to measure. */
export function formatGini(gini: number | null): string {
  return gini === null ? '–' : twoDecimals.format(gini);
}

export function isConcentrated({ gini, topTenPercentShare }: Concentration): boolean {
  return (gini ?? 0) >= GINI_FLAG || (topTenPercentShare ?? 0) >= TOP_SHARE_FLAG;
}

/** A gentle flag: a prompt to look closer, not a verdict. */
export function ConcentrationBadge({ concentration }: { concentration: Concentration }) {
  const { t } = useTranslation('fairness');
  return isConcentrated(concentration) ? <ToneBadge tone="amber">{t('concentrated')}</ToneBadge> : null;
}
