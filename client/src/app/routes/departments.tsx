import { Button } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { ErrorPanel } from '../../components/ui/error-panel';
import { PageHeader } from '../../components/ui/page-header';
import { roleLabel } from '../../components/ui/badges';
import { useDepartments, type Department } from '../../features/departments/api/list-departments';
import { DepartmentManagersModal } from '../../features/departments/components/DepartmentManagersModal';
import { DepartmentNameModal } from '../../features/departments/components/DepartmentNameModal';
import { DepartmentsTable } from '../../features/departments/components/DepartmentsTable';
import { useEmployeeSearch } from '../../features/employees/api/list-employees';
import { problemMessage } from '../../lib/problem';
import { useTranslation } from 'react-i18next';

/** Managers are chosen among people whose role is manager or admin, found by name on the roster. */
function ManagersEditor({ department, onClose }: { department: Department; onClose: () => void }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const people = useEmployeeSearch(debounced, 100);
  const candidates = useMemo(
    () =>
      (people.data?.items ?? [])
        .filter((person) => person.role === 'manager' || person.role === 'admin')
        .map((person) => ({ id: person.id, name: person.name, detail: `${roleLabel(person.role)}, ${person.department.name}` })),
    [people.data],
  );
  return <DepartmentManagersModal department={department} candidates={candidates} searching={people.isFetching} onSearchChange={setSearch} onClose={onClose} />;
}

export default function DepartmentsRoute() {
  const { t } = useTranslation('departments');
  const departments = useDepartments();
  const [naming, setNaming] = useState<{ department?: Department } | null>(null);
  const [managing, setManaging] = useState<Department | null>(null);

  const createButton = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setNaming({})}>
      {t('new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.description')} actions={createButton} />
      {departments.isError ? (
        <ErrorPanel message={problemMessage(departments.error)} onRetry={() => void departments.refetch()} />
      ) : (
        <DepartmentsTable
          departments={departments.data ?? []}
          loading={departments.isPending}
          onRename={(department) => setNaming({ department })}
          onSetManagers={setManaging}
        />
      )}
      {naming && <DepartmentNameModal key={naming.department?.id ?? 'new'} department={naming.department} opened onClose={() => setNaming(null)} />}
      {managing && <ManagersEditor key={managing.id} department={managing} onClose={() => setManaging(null)} />}
    </>
  );
}
