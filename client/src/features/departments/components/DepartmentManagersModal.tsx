import { Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import type { Department } from '../api/list-departments';
import { useUpdateDepartment } from '../api/update-department';
import { useTranslation } from 'react-i18next';

export interface ManagerCandidate {
  id: string;
  name: string;
  detail?: string;
}

/**
 * Replaces a department's managers. Candidates (people with the manager or admin role) come
 * from the page, which may search for them as the admin types.
 */
export function DepartmentManagersModal({
  department,
  candidates,
  searching,
  onSearchChange,
  onClose,
}: {
  department: Department;
  candidates: ManagerCandidate[];
  searching: boolean;
  onSearchChange: (search: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('departments');
  const update = useUpdateDepartment();
  const [selected, setSelected] = useState<string[]>(department.managers.map((manager) => manager.id));
  const [known] = useState(() => new Map(department.managers.map((manager) => [manager.id, manager.name])));
  const [error, setError] = useState<string | null>(null);

  const data = useMemo(() => {
    for (const candidate of candidates) known.set(candidate.id, candidate.name);
    const options = new Map<string, string>();
    for (const id of selected) options.set(id, known.get(id) ?? id);
    for (const candidate of candidates) options.set(candidate.id, candidate.detail ? `${candidate.name} (${candidate.detail})` : candidate.name);
    return [...options].map(([value, label]) => ({ value, label }));
  }, [candidates, selected, known]);

  const save = () =>
    update.mutate(
      { id: department.id, changes: { managerIds: selected } },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('managers.saved', { name: department.name }) });
          onClose();
        },
        onError: (problem) => {
          const { fields } = fieldErrorsFor(problem, ['managerIds']);
          if (fields.managerIds) setError(fields.managerIds);
          else notifications.show({ color: 'red', title: t('managers.failed'), message: problemMessage(problem) });
        },
      },
    );

  return (
    <Modal opened onClose={onClose} title={t('managers.title', { name: department.name })} centered size="lg">
      <Stack gap="md">
        <Text size="sm">{t('managers.help')}</Text>
        <MultiSelect
          label={t('managers.label')}
          placeholder={selected.length ? undefined : t('managers.search')}
          data={data}
          value={selected}
          onChange={(ids) => {
            setSelected(ids);
            setError(null);
          }}
          onSearchChange={onSearchChange}
          searchable
          clearable
          hidePickedOptions
          nothingFoundMessage={searching ? t('managers.searching') : t('managers.nothingFound')}
          error={error}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={save} loading={update.isPending}>
            {t('managers.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
