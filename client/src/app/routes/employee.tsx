import { Alert, Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconDoorExit } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorPanel } from '../../components/ui/error-panel';
import { useDepartmentOptions } from '../../features/departments/api/list-departments';
import { useEmployee } from '../../features/employees/api/get-employee';
import { DepartureCorrections } from '../../features/employees/components/DepartureCorrections';
import { DepartureModal } from '../../features/employees/components/DepartureModal';
import { EmployeeForm } from '../../features/employees/components/EmployeeForm';
import { EmployeeSummary } from '../../features/employees/components/EmployeeSummary';
import { IconMailOff } from '@tabler/icons-react';
import { InviteAction } from '../../features/invitations/components/InviteAction';
import { useSession } from '../../lib/auth-session';
import { ApiProblem, problemMessage } from '../../lib/problem';
import NotFoundRoute from './not-found';

export default function EmployeeRoute() {
  const { t } = useTranslation('employees');
  const { employeeId = '' } = useParams();
  const session = useSession();
  const employee = useEmployee(employeeId);
  const departments = useDepartmentOptions();
  const [departing, departure] = useDisclosure(false);

  if (session.status !== 'signed-in') return null;
  const viewer = session.employee;
  const isAdmin = viewer.role === 'admin';

  const back = (
    <Anchor component={Link} to="/roster" size="sm" fw={600} mb="md" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
      <IconArrowLeft size={16} aria-hidden /> {t('person.back')}
    </Anchor>
  );

  if (employee.isPending) {
    return (
      <Stack gap="lg" role="status" aria-busy="true" aria-label={t('person.loading')}>
        {back}
        <Skeleton h={140} radius="lg" />
        <Skeleton h={320} radius="lg" />
      </Stack>
    );
  }
  if (employee.error instanceof ApiProblem && (employee.error.status === 404 || employee.error.status === 400)) return <NotFoundRoute />;
  if (employee.isError) return <ErrorPanel message={problemMessage(employee.error)} onRetry={() => void employee.refetch()} />;

  const person = employee.data;
  const isSelf = person.id === viewer.id;
  const actions = (
    <>
      {isAdmin && person.active && person.account !== 'active' && (
        <InviteAction employeeId={person.id} employeeName={person.name} reinvite={person.account === 'invited'} />
      )}
      {person.canRecordDeparture && !person.managedByIdentityProvider && (
        <Button variant="outline" color="red" leftSection={<IconDoorExit size={16} aria-hidden />} onClick={departure.open}>
          {t('departure.confirm')}
        </Button>
      )}
      {!person.active && <DepartureCorrections employee={person} />}
    </>
  );

  return (
    <Stack gap="lg">
      <div>{back}</div>
      <EmployeeSummary employee={person} actions={actions} />
      {person.active && person.leavingOn && <DepartureCorrections employee={person} />}
      {person.emailRefused && (
        <Alert color="red" variant="light" icon={<IconMailOff aria-hidden />} title={t('person.emailRefused')}>
          {t('person.emailRefusedBody', { email: person.email, reason: person.emailRefused })}
        </Alert>
      )}
      <Paper p={{ base: 'md', sm: 'lg' }} shadow="xs">
        <Title order={2} fz="lg" mb={4}>
          {t('person.details')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {person.active ? (
            <Trans
              t={t}
              i18nKey="person.changesApply"
              components={{
                audit: isAdmin ? <Anchor component={Link} to={`/audit?subject=${person.id}`} inherit underline="always" /> : <span />,
              }}
            />
          ) : (
            t('person.hasLeft', { name: person.name })
          )}
        </Text>
        {person.managedByIdentityProvider && (
          <Alert color="blue" variant="light" mb="md" title={t('roster.idp')}>
            {t('person.idpBody')}
          </Alert>
        )}
        {person.canEdit ? (
          <EmployeeForm
            key={`${person.id}-${person.hiredOn}-${person.role}`}
            employee={person}
            departments={departments}
            canChangeRole={isAdmin && !isSelf}
            canChangeEmployeeNumber={isAdmin}
            onSaved={(saved) => notifications.show({ color: 'green', message: t('person.saved', { name: saved.name }) })}
          />
        ) : (
          <Text size="sm">{isSelf ? t('person.ownRecord') : t('person.managersEdit', { name: person.name })}</Text>
        )}
      </Paper>
      {/* Kept mounted when the person leaves, so the dialog's own success step (closing it) still runs. */}
      <DepartureModal key={person.id} employee={person} opened={departing && person.active} onClose={departure.close} />
      <Group />
    </Stack>
  );
}
