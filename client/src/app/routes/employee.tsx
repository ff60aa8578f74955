import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconDoorExit } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { ErrorPanel } from '../../components/ui/error-panel';
import { useDepartmentOptions } from '../../features/departments/api/list-departments';
import { useEmployee } from '../../features/employees/api/get-employee';
import { DepartureModal } from '../../features/employees/components/DepartureModal';
import { EmployeeForm } from '../../features/employees/components/EmployeeForm';
import { EmployeeSummary } from '../../features/employees/components/EmployeeSummary';
import { InviteAction } from '../../features/invitations/components/InviteAction';
import { useSession } from '../../lib/auth-session';
import { ApiProblem, problemMessage } from '../../lib/problem';
import NotFoundRoute from './not-found';

export default function EmployeeRoute() {
  const { employeeId = '' } = useParams();
  const session = useSession();
  const employee = useEmployee(employeeId);
  // A manager may move people only between the departments they manage (the server refuses the others).
  const departments = useDepartmentOptions(session.status === 'signed-in' && session.employee.role !== 'admin' ? session.employee.id : undefined);
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
      {isAdmin && person.active && person.account !== 'active' && <InviteAction employeeId={person.id} employeeName={person.name} reinvite={person.account === 'invited'} />}
      {person.active && !isSelf && person.canEdit && (
        <Button variant="outline" color="red" leftSection={<IconDoorExit size={16} aria-hidden />} onClick={departure.open}>
          Record departure
        </Button>
      )}
    </>
  );

  return (
    <Stack gap="lg">
      <div>{back}</div>
      <EmployeeSummary employee={person} actions={actions} />
      {!person.canEdit ? (
        <Paper p={{ base: 'md', sm: 'lg' }} shadow="xs">
          <Text size="sm">
            {person.name} works in {person.department.name}, which you do not manage: their details are changed by that department's managers or an admin.
          </Text>
        </Paper>
      ) : (
      <Paper p={{ base: 'md', sm: 'lg' }} shadow="xs">
        <Title order={2} fz="lg" mb={4}>
          Details
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {person.active ? 'Changes apply at once. Role changes are recorded in the audit log.' : `${person.name} has left; their details can still be corrected.`}
        </Text>
        <EmployeeForm
          key={`${person.id}-${person.hiredOn}-${person.role}`}
          employee={person}
          departments={departments}
          canChangeRole={isAdmin && !isSelf}
          onSaved={(saved) => notifications.show({ color: 'green', message: `Saved ${saved.name}'s details.` })}
        />
      </Paper>
      )}
      {person.active && person.canEdit && <DepartureModal key={person.id} employee={person} opened={departing} onClose={departure.close} />}
      <Group />
    </Stack>
  );
}
