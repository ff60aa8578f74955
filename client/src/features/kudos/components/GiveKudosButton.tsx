import { Button, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconConfetti } from '@tabler/icons-react';
import { GiveKudosModal } from './GiveKudosModal';
import { useTranslation } from 'react-i18next';

/** "Give kudos", and the small form it opens. */
export function GiveKudosButton({ viewerId, ...props }: { viewerId: string } & ButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const { t } = useTranslation('kudos');
  return (
    <>
      <Button variant="light" leftSection={<IconConfetti size={18} aria-hidden />} onClick={open} {...props}>
        {t('give')}
      </Button>
      {opened && <GiveKudosModal opened onClose={close} viewerId={viewerId} />}
    </>
  );
}
