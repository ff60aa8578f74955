import { Button, Group, Modal, Pagination, Select, Text } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconUserPlus } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorPanel } from '../../components/ui/error-panel';
import { PageHeader } from '../../components/ui/page-header';
import { useDepartmentOptions } from '../../features/departments/api/list-departments';
import { ROSTER_PAGE_SIZE, useRoster, type EmployeeStatusFilter, type RosterSort, type SortDirection } from '../../features/employees/api/list-employees';
import { EmployeeForm } from '../../features/employees/components/EmployeeForm';
import { RosterFilters, type RosterFilterValues } from '../../features/employees/components/RosterFilters';
import { RosterTable } from '../../features/employees/components/RosterTable';
import { InviteEveryoneButton } from '../../features/invitations/components/InviteEveryoneButton';
import { useSession } from '../../lib/auth-session';
import { problemMessage } from '../../lib/problem';

const STATUSES: EmployeeStatusFilter[] = ['active', 'left', 'all'];
const SORTS: RosterSort[] = ['name', 'department', 'hiredOn'];
/** The phone's sort menu (the table's headers sort on a wider screen). */
const SORT_CHOICES = [
  { value: 'name:asc', label: 'employees:sort.nameAsc' },
  { value: 'name:desc', label: 'employees:sort.nameDesc' },
  { value: 'department:asc', label: 'employees:sort.department' },
  { value: 'hiredOn:desc', label: 'employees:sort.newest' },
  { value: 'hiredOn:asc', label: 'employees:sort.longest' },
];

export default function RosterRoute() {
  const { t } = useTranslation('employees');
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
  const sort = SORTS.includes(params.get('sort') as RosterSort) ? (params.get('sort') as RosterSort) : 'name';
  const direction: SortDirection = params.get('dir') === 'desc' ? 'desc' : 'asc';
  const pageNumber = Math.max(1, Math.min(10000, Number.parseInt(params.get('page') ?? '1', 10) || 1));
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);

  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if ((next.get('q') ?? '') === debouncedSearch) return current;
        if (debouncedSearch) next.set('q', debouncedSearch);
        else next.delete('q');
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  }, [debouncedSearch, setParams]);

  const roster = useRoster({ q: debouncedSearch, departmentId, status, managed: !isAdmin, sort, direction, page: pageNumber });
  const employees = roster.data?.pages.flatMap((page) => page.items) ?? [];
  const total = roster.data?.pages[0]?.total ?? null;
  const pageCount = total === null ? 0 : Math.ceil(total / ROSTER_PAGE_SIZE);
  const firstShown = (pageNumber - 1) * ROSTER_PAGE_SIZE + 1;

  // Sorting and numbered pages are steps a person may want to go back from: they push a new address.
  const order = (nextSort: RosterSort, nextDirection: SortDirection) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (nextSort === 'name') next.delete('sort');
      else next.set('sort', nextSort);
      if (nextDirection === 'asc') next.delete('dir');
      else next.set('dir', nextDirection);
      next.delete('page');
      return next;
    });
  const goToPage = (page: number) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (page <= 1) next.delete('page');
      else next.set('page', String(page));
      return next;
    });

  const change = (changes: Partial<RosterFilterValues>) => {
    if (changes.search !== undefined) setSearch(changes.search);
    if (changes.departmentId !== undefined || changes.status !== undefined) {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete('page');
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
        {t('page.import')}
      </Button>
      <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={addModal.open}>
        {t('form.add')}
      </Button>
    </>
  ) : undefined;

  return (
    <>
      <PageHeader title={t('page.title')} description={isAdmin ? t('page.descriptionAdmin') : t('page.descriptionManager')} actions={addButton} />
      <RosterFilters values={{ search, departmentId, status }} departments={departments} onChange={change} />
      {roster.isError ? (
        <ErrorPanel message={problemMessage(roster.error)} onRetry={() => void roster.refetch()} />
      ) : (
        <>
          <Group justify="space-between" align="flex-end" mb="xs">
            <Text size="sm" c="dimmed" aria-live="polite">
              {roster.isPending ? t('page.loading') : shownText(t, employees.length, firstShown, total)}
            </Text>
            <Select
              hiddenFrom="md"
              label={t('sort.label')}
              size="xs"
              data={SORT_CHOICES.map((choice) => ({ ...choice, label: t(choice.label) }))}
              value={SORT_CHOICES.some((c) => c.value === `${sort}:${direction}`) ? `${sort}:${direction}` : null}
              onChange={(choice) => {
                const [nextSort, nextDirection] = (choice ?? 'name:asc').split(':') as [RosterSort, SortDirection];
                order(nextSort, nextDirection);
              }}
              allowDeselect={false}
              w={200}
            />
          </Group>
          <RosterTable
            sorting={{ sort, direction, onSort: order }}
            pager={
              pageCount > 1 ? (
                <Pagination
                  total={pageCount}
                  value={Math.min(pageNumber, pageCount)}
                  onChange={goToPage}
                  siblings={1}
                  boundaries={1}
                  size="sm"
                  getControlProps={(control) => ({
                    'aria-label':
                      control === 'previous'
                        ? t('pages.previous')
                        : control === 'next'
                          ? t('pages.next')
                          : control === 'first'
                            ? t('pages.first')
                            : t('pages.last'),
                  })}
                  getItemProps={(page) => ({ 'aria-label': t('pages.page', { page }) })}
                  aria-label={t('pages.label')}
                />
              ) : undefined
            }
            employees={employees}
            loading={roster.isPending}
            hasMore={!!roster.hasNextPage}
            loadingMore={roster.isFetchingNextPage}
            onLoadMore={() => void roster.fetchNextPage()}
          />
        </>
      )}
      {isAdmin && (
        <Modal opened={adding} onClose={addModal.close} title={t('form.addLabel')} size="xl" centered>
          <EmployeeForm
            departments={departments}
            canChangeRole
            canChangeEmployeeNumber
            onCancel={addModal.close}
            onSaved={(employee) => {
              addModal.close();
              notifications.show({ color: 'green', title: t('page.added'), message: t('page.addedMessage', { name: employee.name }) });
              navigate(`/roster/${employee.id}`);
            }}
          />
        </Modal>
      )}
    </>
  );
}

/** "Showing 26–50 of 312 people": where the rows on screen sit in the whole filtered roster. */
function shownText(t: TFunction, shown: number, first: number, total: number | null): string {
  if (total === null || shown === 0) return t('employees:shown.some', { count: shown });
  const last = first + shown - 1;
  return first === 1 && last === total ? t('employees:shown.all', { total }) : t('employees:shown.range', { first, last, total });
}
