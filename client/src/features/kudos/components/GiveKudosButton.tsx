import { Button, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconConfetti } from '@tabler/icons-react';
import { GiveKudosModal } from './GiveKudosModal';

/** "Give kudos", and the small form it opens. */
export function GiveKudosButton({ viewerId, ...props }: { viewerId: string } & ButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="light" leftSection={<IconConfetti size={18} aria-hidden />} onClick={open} {...props}>
        Give kudos
      </Button>
      {opened && <GiveKudosModal opened onClose={close} viewerId={viewerId} />}
    </>
  );
}
