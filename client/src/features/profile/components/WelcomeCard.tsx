import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { employeeTenure, formatTenure } from '../../../lib/tenure';
import { useToday } from '../../../lib/company-today';
import { useMe } from '../api/get-me';
import { MilestoneNote } from './ProfileCard';

function greeting(hour: number): string {
  if (hour < 5) return 'Working late';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

/** The home page's hello: who you are here and how long you've been part of it. */
export function WelcomeCard({ fallbackName }: { fallbackName: string }) {
  const today = useToday();
  const me = useMe();
  const firstName = (me.data?.name ?? fallbackName).split(/\s+/)[0];
  return (
    // On a phone the hello is one short card, so the first story is on the first screen.
    <Paper p={{ base: 'md', sm: 'xl' }} radius="lg" style={{ background: 'linear-gradient(135deg, #fff4ec 0%, #ffe6d5 100%)', borderColor: '#fdc9a7' }}>
      <Stack gap={6}>
        <Title order={1} fz={{ base: 20, sm: 34 }}>
          {greeting(new Date().getHours())}, {firstName}.
        </Title>
        {me.isPending ? (
          <Stack gap={8} aria-hidden>
            <Skeleton h={16} w="70%" />
            <Skeleton h={16} w="50%" />
          </Stack>
        ) : me.data ? (
          <>
            <Text fz={{ base: 'sm', sm: 'lg' }}>
              You've been with <strong>{me.data.department.name}</strong> for{' '}
              <strong>{formatTenure(employeeTenure(me.data.hiredOn, me.data.leftOn, today)).toLowerCase()}</strong>.
            </Text>
            <Group visibleFrom="sm">
              <MilestoneNote hiredOn={me.data.hiredOn} />
            </Group>
          </>
        ) : (
          <Text>Welcome to Heroics.</Text>
        )}
      </Stack>
    </Paper>
  );
}
