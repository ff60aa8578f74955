import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CenteredLoader } from '../../components/ui/centered-loader';
import { ErrorPanel } from '../../components/ui/error-panel';
import { PersonAvatar } from '../../components/ui/person-avatar';
import { useEmployee } from '../../features/employees/api/get-employee';
import { KudosReceived } from '../../features/kudos';
import { RewardButton, RewardsReceived } from '../../features/rewards';
import { Feed } from '../../features/feed';
import { RecognitionStats } from '../../features/stories';
import { useSession } from '../../lib/auth-session';
import { formatDate } from '../../lib/dates';
import { problemMessage } from '../../lib/problem';
import { employeeTenure, formatTenure } from '../../lib/tenure';
import { useToday } from '../../lib/company-today';

/** A colleague's page: who they are, their recognition in numbers, and their heroics. */
export default function PersonRoute() {
  const { t } = useTranslation('directory');
  const today = useToday();
  const { employeeId = '' } = useParams();
  const session = useSession();
  const person = useEmployee(employeeId);
  if (session.status !== 'signed-in') return null;
  if (person.isPending) return <CenteredLoader label={t('person.loading')} />;
  if (person.isError) return <ErrorPanel title={t('person.unavailable')} message={problemMessage(person.error)} />;
  const p = person.data;
  return (
    <Stack gap="lg" maw={820}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Group wrap="nowrap">
          <PersonAvatar name={p.name} size={64} />
          <Stack gap={2}>
            <Title order={1}>{p.name}</Title>
            <Text c="dimmed">
              {p.jobTitle || t('teamMember')} · {p.department.name} ·{' '}
              {p.active
                ? t('person.withUs', { tenure: formatTenure(employeeTenure(p.hiredOn, null, today)) })
                : t('person.left', { date: formatDate(p.leftOn) })}
            </Text>
            {p.nextAnniversary && (
              <Text size="sm">{t('person.anniversary', { years: p.nextAnniversary.years, date: formatDate(p.nextAnniversary.date) })}</Text>
            )}
          </Stack>
        </Group>
        {p.active && <RewardButton recipients={[{ id: p.id, name: p.name, departmentId: p.department.id }]} />}
      </Group>
      <RecognitionStats employeeId={p.id} />
      <RewardsReceived employeeId={p.id} firstName={p.name.split(' ')[0]} />
      <KudosReceived employeeId={p.id} firstName={p.name.split(' ')[0]!} />
      <Title order={2} fz="xl">
        {t('person.heroics', { name: p.name.split(' ')[0] })}
      </Title>
      <Feed viewerId={session.employee.id} query={{ scope: 'person', employeeId: p.id }} emptyText={t('person.noStories', { name: p.name.split(' ')[0] })} />
    </Stack>
  );
}
