import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { employeeTenure, formatTenure } from '../../../lib/tenure';
import { useToday } from '../../../lib/company-today';
import { useMe } from '../api/get-me';
import { MilestoneNote } from './ProfileCard';

function greeting(t: TFunction, hour: number, name: string): string {
  if (hour < 5) return t('welcome.late', { name });
  if (hour < 12) return t('welcome.morning', { name });
  if (hour < 18) return t('welcome.afternoon', { name });
  return t('welcome.evening', { name });
}

/** The home page's hello: who you are here and how long you've been part of it. */
export function WelcomeCard({ fallbackName }: { fallbackName: string }) {
  const today = useToday();
  const me = useMe();
  const { t } = useTranslation('profile');
  const tenure = me.data ? employeeTenure(me.data.hiredOn, me.data.leftOn, today) : null;
  const firstName = (me.data?.name ?? fallbackName).split(/\s+/)[0];
  return (
    // On a phone the hello is one short card, so the first story is on the first screen.
    <Paper p={{ base: 'md', sm: 'xl' }} radius="lg" style={{ background: 'linear-gradient(135deg, #fff4ec 0%, #ffe6d5 100%)', borderColor: '#fdc9a7' }}>
      <Stack gap={6}>
        <Title order={1} fz={{ base: 20, sm: 34 }}>
          {greeting(t, new Date().getHours(), firstName!)}
        </Title>
        {me.isPending ? (
          <Stack gap={8} aria-hidden>
            <Skeleton h={16} w="70%" />
            <Skeleton h={16} w="50%" />
          </Stack>
        ) : me.data && tenure ? (
          <>
            <Text fz={{ base: 'sm', sm: 'lg' }}>
              <Trans
                t={t}
                i18nKey={tenure.years || tenure.months ? 'welcome.tenure' : 'welcome.tenureNew'}
                values={{ department: me.data.department.name, tenure: formatTenure(tenure) }}
                components={{ strong: <strong /> }}
              />
            </Text>
            <Group visibleFrom="sm">
              <MilestoneNote hiredOn={me.data.hiredOn} />
            </Group>
          </>
        ) : (
          <Text>{t('welcome.fallback')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
