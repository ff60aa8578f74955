import { Button, Modal, Text } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconUserPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorPanel } from '../../components/ui/error-panel';
import { PageHeader } from '../../components/ui/page-header';
import { useDepartmentOptions } from '../../features/departments/api/list-departments';
import { useRoster, type EmployeeStatusFilter } from '../../features/employees/api/list-employees';
import { EmployeeForm } from '../../features/employees/components/EmployeeForm';
import { RosterFilters, type RosterFilterValues } from '../../features/employees/components/RosterFilters';
import { RosterTable } from '../../features/employees/components/RosterTable';
import { InviteEveryoneButton } from '../../features/invitations/components/InviteEveryoneButton';
import { useSession } from '../../lib/auth-session';
import { problemMessage } from '../../lib/problem';

const STATUSES: EmployeeStatusFilter[] = ['active', 'left', 'all'];

export default function RosterRoute() {
  const session = useSession();
  const isAdmin = session.status === 'signed-in' && session.employee.role === 'admin';
  const navigate = useNavigate();
  // A manager's roster is the people in the departments they manage, and its filter offers only those departments.
  const managerId = session.status === 'signed-in' && !isAdmin ? session.employee.id : undefined;
  const departments = useDepartmentOptions(managerId);
  const [params, setParams] = useSearchParams();
  const [adding, addModal] = useDisclosure(false);

  // Filters live in the address so a filtered roster can be shared and survives a reload.
  const status = STATUSES.includes(params.get('status') as EmployeeStatusFilter) ? (params.get('status') as EmployeeStatusFilter) : 'active';
  const departmentId = params.get('department');
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);

  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (debouncedSearch) next.set('q', debouncedSearch);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debouncedSearch, setParams]);

  const roster = useRoster({ q: debouncedSearch, departmentId, status, managed: !isAdmin });
  const employees = roster.data?.pages.flatMap((page) => page.items) ?? [];

  const change = (changes: Partial<RosterFilterValues>) => {
    if (changes.search !== undefined) setSearch(changes.search);
    if (changes.departmentId !== undefined || changes.status !== undefined) {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (changes.departmentId !== undefined) {
            if (changes.departmentId) next.set('department', changes.departmentId);
            else next.delete('department');
          }
          if (changes.status !== undefined) {
            if (changes.status === 'active') next.delete('status');
            else next.set('status', changes.status);
          }
          return next;
        },
        { replace: true },
      );
    }
  };

  const addButton = isAdmin ? (
    <>
      <InviteEveryoneButton />
      <Button variant="default" leftSection={<IconFileImport size={18} aria-hidden />} component={Link} to="/roster/import">
        Import / export CSV
      </Button>
      <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={addModal.open}>
        Add employee
      </Button>
    </>
  ) : undefined;

  return (
    <>
      <PageHeader
        title="Roster"
        description={isAdmin ? 'Everyone in the company: hires, departures, roles and reporting lines.' : 'The people in the departments you manage.'}
        actions={addButton}
      />
      <RosterFilters values={{ search, departmentId, status }} departments={departments} onChange={change} />
      {roster.isError ? (
        <ErrorPanel message={problemMessage(roster.error)} onRetry={() => void roster.refetch()} />
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
            {roster.isPending ? 'Loading…' : `Showing ${employees.length}${roster.hasNextPage ? '+' : ''} ${employees.length === 1 ? 'person' : 'people'}`}
          </Text>
          <RosterTable
            employees={employees}
            loading={roster.isPending}
            hasMore={!!roster.hasNextPage}
            loadingMore={roster.isFetchingNextPage}
            onLoadMore={() => void roster.fetchNextPage()}
          />
        </>
      )}
      {isAdmin && (
        <Modal opened={adding} onClose={addModal.close} title="Add an employee" size="xl" centered>
          <EmployeeForm
            departments={departments}
            canChangeRole
            onCancel={addModal.close}
            onSaved={(employee) => {
              addModal.close();
              notifications.show({ color: 'green', title: 'Employee added', message: `${employee.name} is on the roster. Invite them to set a password.` });
              navigate(`/roster/${employee.id}`);
            }}
          />
        </Modal>
      )}
    </>
  );
}
