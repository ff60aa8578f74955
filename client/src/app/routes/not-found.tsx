import { IconMapSearch } from '@tabler/icons-react';
import { DeadEndCard } from '../../components/ui/dead-end-card';

export default function NotFoundRoute() {
  return (
    <DeadEndCard
      icon={<IconMapSearch size={28} aria-hidden />}
      title="We could not find that page"
      description="The address may be mistyped, or the page may have moved."
    />
  );
}
