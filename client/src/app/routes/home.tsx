import { Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingStore, IconChevronRight, IconGift, IconHeartHandshake, IconTrophy, IconUserCircle, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { WelcomeCard } from '../../features/profile/components/WelcomeCard';
import { useSession } from '../../lib/auth-session';

function QuickLink({ to, icon, title, text }: { to: string; icon: ReactNode; title: string; text: string }) {
  return (
    <Card component={Link} to={to} withBorder radius="lg" p="lg" style={{ textDecoration: 'none', color: 'inherit' }} className="quick-link">
      <Group wrap="nowrap" align="flex-start" gap="md">
        <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
          {icon}
        </ThemeIcon>
        <Stack gap={2} style={{ flex: 1 }}>
          <Text fw={700}>{title}</Text>
          <Text size="sm" c="dimmed">
            {text}
          </Text>
        </Stack>
        <IconChevronRight size={18} aria-hidden style={{ alignSelf: 'center' }} />
      </Group>
    </Card>
  );
}

function Upcoming({ icon, title, text }: { icon: ReactNode; title: string; text: string }) {
  return (
    <Group wrap="nowrap" align="flex-start" gap="md">
      <ThemeIcon size={36} radius="md" variant="default" aria-hidden>
        {icon}
      </ThemeIcon>
      <Stack gap={2}>
        <Text fw={600}>{title}</Text>
        <Text size="sm" c="dimmed">
          {text}
        </Text>
      </Stack>
    </Group>
  );
}

export default function HomeRoute() {
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  const { role, name } = session.employee;

  return (
    <Stack gap="xl">
      <WelcomeCard fallbackName={name} />

      <section aria-labelledby="quick-links">
        <Title order={2} fz="lg" mb="sm" id="quick-links">
          Jump back in
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <QuickLink to="/me" icon={<IconUserCircle size={22} />} title="My profile" text="Your department, manager, tenure and next work anniversary." />
          {(role === 'admin' || role === 'manager') && (
            <QuickLink
              to="/roster"
              icon={<IconUsers size={22} />}
              title="Roster"
              text={role === 'admin' ? 'Add people, invite them, record departures.' : 'Your teams: who joined, who left, who reports to whom.'}
            />
          )}
          {role === 'admin' && <QuickLink to="/departments" icon={<IconBuildingStore size={22} />} title="Departments" text="Headcount per department and who manages each." />}
        </SimpleGrid>
      </section>

      <section aria-labelledby="coming-soon">
        <Card withBorder radius="lg" p="lg">
          <Group gap="sm" mb="md">
            <Title order={2} fz="lg" id="coming-soon">
              Coming to Heroics
            </Title>
            <Badge variant="filled" bg="#eceef1" c="#3b4350" tt="none">
              Soon
            </Badge>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
            <Upcoming
              icon={<IconHeartHandshake size={20} />}
              title="Hero stories"
              text="Tell the story of a colleague who solved a customer's problem on the first contact, and endorse the ones you saw happen."
            />
            <Upcoming icon={<IconGift size={20} />} title="Rewards" text="Managers reward their champions from a quarterly budget, with a citation everyone can read." />
            <Upcoming icon={<IconTrophy size={20} />} title="Leaderboards" text="Who was a hero most often this month, who earned the most endorsements, department by department." />
          </SimpleGrid>
        </Card>
      </section>
    </Stack>
  );
}
