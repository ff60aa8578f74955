import { Alert, Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconDoorExit } from '@tabler/icons-react';
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
      <IconArrowLeft size={16} aria-hidden /> Back to the roster
    </Anchor>
  );

  if (employee.isPending) {
    return (
      <Stack gap="lg" role="status" aria-busy="true" aria-label="Loading employee">
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
          Record departure
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
        <Alert color="red" variant="light" icon={<IconMailOff aria-hidden />} title="Email to this address is refused">
          The mail server refused {person.email} for good, so Heroics sends it no more email until the address changes. The server said: {person.emailRefused}
        </Alert>
      )}
      <Paper p={{ base: 'md', sm: 'lg' }} shadow="xs">
        <Title order={2} fz="lg" mb={4}>
          Details
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {person.active ? (
            <>
              Changes apply at once. Role changes are recorded in the{' '}
              {isAdmin ? (
                <Anchor component={Link} to={`/audit?subject=${person.id}`} inherit underline="always">
                  audit log
                </Anchor>
              ) : (
                'audit log'
              )}
              .
            </>
          ) : (
            `${person.name} has left; their details can still be corrected.`
          )}
        </Text>
        {person.managedByIdentityProvider && (
          <Alert color="blue" variant="light" mb="md" title="Managed by your identity provider">
            Name, email, job title, department, manager and employment come from your company’s identity provider: change them there and they update here. The
            role and hire date can be changed here.
          </Alert>
        )}
        {person.canEdit ? (
          <EmployeeForm
            key={`${person.id}-${person.hiredOn}-${person.role}`}
            employee={person}
            departments={departments}
            canChangeRole={isAdmin && !isSelf}
            canChangeEmployeeNumber={isAdmin}
            onSaved={(saved) => notifications.show({ color: 'green', message: `Saved ${saved.name}'s details.` })}
          />
        ) : (
          <Text size="sm">
            {isSelf
              ? 'Your own record is kept by an admin: ask one to correct it.'
              : `Managers edit staff of their own departments; ask an admin to change ${person.name}'s record.`}
          </Text>
        )}
      </Paper>
      {/* Kept mounted when the person leaves, so the dialog's own success step (closing it) still runs. */}
      <DepartureModal key={person.id} employee={person} opened={departing && person.active} onClose={departure.close} />
      <Group />
    </Stack>
  );
}
