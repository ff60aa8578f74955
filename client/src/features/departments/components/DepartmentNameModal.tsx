import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useCreateDepartment } from '../api/create-department';
import type { Department } from '../api/list-departments';
import { useUpdateDepartment } from '../api/update-department';
import { useTranslation } from 'react-i18next';

/** Creates a department, or renames `department` when one is given. */
export function DepartmentNameModal({ department, opened, onClose }: { department?: Department; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('departments');
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: department?.name ?? '' },
    validate: { name: (value) => (!value.trim() ? t('name.required') : value.trim().length > 80 ? t('name.tooLong', { count: 80 }) : null) },
  });

  const onError = (error: unknown) => {
    const { fields } = fieldErrorsFor(error, ['name']);
    if (fields.name) form.setErrors(fields);
    else notifications.show({ color: 'red', title: t('name.failed'), message: problemMessage(error) });
  };

  const submit = ({ name }: { name: string }) => {
    const trimmed = name.trim();
    const onSuccess = () => {
      notifications.show({ color: 'green', message: department ? t('name.renamed', { name: trimmed }) : t('name.created', { name: trimmed }) });
      onClose();
    };
    if (department) update.mutate({ id: department.id, changes: { name: trimmed } }, { onSuccess, onError });
    else create.mutate({ name: trimmed }, { onSuccess, onError });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={department ? t('renameLabel', { name: department.name }) : t('new')} centered>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          <TextInput label={t('name.label')} placeholder={t('name.placeholder')} required data-autofocus maxLength={80} {...form.getInputProps('name')} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {department ? t('rename') : t('name.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
