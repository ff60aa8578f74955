import { Divider, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCake, IconConfetti } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { PersonAvatar } from '../../../components/ui/person-avatar';
import { RoleBadge, EmploymentBadge } from '../../../components/ui/badges';
import { formatDate } from '../../../lib/dates';
import { employeeTenure, formatTenure, nextMilestone } from '../../../lib/tenure';
import { useToday } from '../../../lib/company-today';
import type { Me } from '../api/get-me';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" fw={700} tt="uppercase" c="dimmed" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text component="dd" m={0} mt={2} fw={500} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

export function MilestoneNote({ hiredOn }: { hiredOn: string }) {
  const today = useToday();
  const milestone = nextMilestone(hiredOn, today);
  const { t } = useTranslation('profile');
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      {milestone.daysAway === 0 ? (
        <IconConfetti size={22} aria-hidden color="var(--mantine-color-ember-6)" />
      ) : (
        <IconCake size={22} aria-hidden color="var(--mantine-color-ember-6)" />
      )}
      <Text size="sm">
        <Trans
          t={t}
          i18nKey={milestone.daysAway === 0 ? 'milestone.today' : 'milestone.upcoming'}
          values={{ years: milestone.years, days: milestone.daysAway, date: formatDate(milestone.date) }}
          components={{ strong: <strong /> }}
        />
      </Text>
    </Group>
  );
}

/** Everything the company knows about you, read-only. */
export function ProfileCard({ me }: { me: Me }) {
  const today = useToday();
  const tenure = formatTenure(employeeTenure(me.hiredOn, me.leftOn, today));
  const { t } = useTranslation('profile');
  return (
    <Paper p={{ base: 'md', sm: 'xl' }} shadow="xs">
      <Group gap="lg" wrap="nowrap" align="center">
        <PersonAvatar name={me.name} size={72} fz={26} />
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={2} fz={{ base: 22, sm: 26 }}>
            {me.name}
          </Title>
          <Text c="dimmed">{me.jobTitle || t('card.noJobTitle')}</Text>
          <Group gap={6}>
            <RoleBadge role={me.role} />
            {!me.active && <EmploymentBadge active={false} />}
          </Group>
        </Stack>
      </Group>
      <Divider my="lg" />
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="lg" verticalSpacing="lg" m={0}>
        <Fact label={t('card.department')}>{me.department.name}</Fact>
        <Fact label={t('card.reportsTo')}>{me.manager?.name ?? t('card.nobody')}</Fact>
        <Fact label={t('card.email')}>{me.email ?? '—'}</Fact>
        <Fact label={t('card.hired')}>{formatDate(me.hiredOn)}</Fact>
        <Fact label={t('card.tenure')}>{tenure}</Fact>
        {me.leftOn && <Fact label={t('card.left')}>{formatDate(me.leftOn)}</Fact>}
      </SimpleGrid>
      {me.active && (
        <>
          <Divider my="lg" />
          <MilestoneNote hiredOn={me.hiredOn} />
        </>
      )}
    </Paper>
  );
}
