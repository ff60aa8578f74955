import { IconLock } from '@tabler/icons-react';
import { DeadEndCard } from '../../components/ui/dead-end-card';

export function NoAccess() {
  return (
    <DeadEndCard
      icon={<IconLock size={28} aria-hidden />}
      title="This page is not part of your role"
      description="Ask an admin if you think you should have access."
    />
  );
}
