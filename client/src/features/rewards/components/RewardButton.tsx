import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconGift } from '@tabler/icons-react';
import { useSession } from '../../../lib/auth-session';
import { useMyBudget } from '../../budgets';
import { type RewardRecipient, RewardDialog } from './RewardDialog';
import { useTranslation } from 'react-i18next';

/**
 * "Reward" for managers and admins, offered only for people they may reward: not themselves, and for a
 * manager only people in the departments they manage. The server checks the same rules.
 */
export function RewardButton({
  recipients,
  story,
  variant = 'filled',
}: {
  recipients: (RewardRecipient & { departmentId: string })[];
  story?: { id: string; title: string };
  variant?: 'filled' | 'light' | 'default';
}) {
  const { t } = useTranslation('rewards');
  const session = useSession();
  const role = session.status === 'signed-in' ? session.employee.role : 'staff';
  const budget = useMyBudget(role !== 'staff');
  const [opened, dialog] = useDisclosure(false);
  if (session.status !== 'signed-in' || role === 'staff' || !budget.data) return null;
  const eligible = recipients.filter((r) => r.id !== session.employee.id && (role === 'admin' || budget.data.departmentIds.includes(r.departmentId)));
  if (!eligible.length) return null;
  return (
    <>
      <Button variant={variant} color="ember" leftSection={<IconGift size={16} aria-hidden />} onClick={dialog.open} style={{ flexShrink: 0 }}>
        {eligible.length === 1 ? t('rewardPerson', { name: eligible[0].name.split(' ')[0] }) : t('rewardAHero')}
      </Button>
      <RewardDialog opened={opened} onClose={dialog.close} recipients={eligible} story={story} />
    </>
  );
}

/** "Reward" for a story's heroes, on the story's page and beside it in the review queue. */
export function RewardHeroesButton({ story }: { story: { id: string; title: string; heroes: { id: string; name: string; department: { id: string } }[] } }) {
  return (
    <RewardButton
      recipients={story.heroes.map((h) => ({ id: h.id, name: h.name, departmentId: h.department.id }))}
      story={{ id: story.id, title: story.title }}
    />
  );
}
