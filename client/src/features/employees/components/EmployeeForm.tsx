import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { todayIso } from '../../../lib/tenure';
import { useCreateEmployee } from '../api/create-employee';
import type { Employee } from '../api/list-employees';
import { useUpdateEmployee, type EmployeeChanges } from '../api/update-employee';
import { ManagerPicker, type PersonOption } from './ManagerPicker';

type Role = Employee['role'];

interface EmployeeFormValues {
  name: string;
  email: string;
  jobTitle: string;
  departmentId: string | null;
  role: Role;
  managerId: string | null;
  hiredOn: string;
}

const FIELDS = ['name', 'email', 'jobTitle', 'departmentId', 'role', 'managerId', 'hiredOn'] as const;

const roleOptions = [
  { value: 'staff', label: 'Staff' },
  { value: 'manager', label: 'Manager' },
  { value: 'admin', label: 'Admin' },
];

function initialValues(employee?: Employee): EmployeeFormValues {
  return {
    name: employee?.name ?? '',
    email: employee?.email ?? '',
    jobTitle: employee?.jobTitle ?? '',
    departmentId: employee?.department.id ?? null,
    role: employee?.role ?? 'staff',
    managerId: employee?.manager?.id ?? null,
    hiredOn: employee?.hiredOn ?? '',
  };
}

/**
 * Adds an employee (no `employee` given) or edits one, sending only what changed.
 * Problem errors[] land on their fields; anything else becomes a notification.
 */
export function EmployeeForm({
  employee,
  departments,
  canChangeRole,
  onSaved,
  onCancel,
}: {
  employee?: Employee;
  departments: { value: string; label: string }[];
  canChangeRole: boolean;
  onSaved: (employee: Employee) => void;
  onCancel?: () => void;
}) {
  const create = useCreateEmployee();
  const update = useUpdateEmployee();
  // The identity provider owns these for the people it manages (SCIM); the server refuses changes to them too.
  const idpOwned = Boolean(employee?.managedByIdentityProvider);
  const [manager, setManager] = useState<PersonOption | null>(employee?.manager ?? null);
  const today = todayIso();

  const form = useForm<EmployeeFormValues>({
    mode: 'controlled',
    initialValues: initialValues(employee),
    validate: {
      name: (value) => (value.trim() ? null : 'Enter a name'),
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : 'Enter a valid email address'),
      departmentId: (value) => (value ? null : 'Choose a department'),
      hiredOn: (value) => (!value ? 'Enter the hire date' : value > today ? 'The hire date cannot be in the future' : null),
    },
  });

  const showProblem = (error: unknown) => {
    const { fields, unmatched } = fieldErrorsFor(error, FIELDS);
    if (Object.keys(fields).length) form.setErrors(fields);
    if (!Object.keys(fields).length || unmatched.length) {
      notifications.show({ color: 'red', title: employee ? 'Changes not saved' : 'Employee not added', message: unmatched.join(' ') || problemMessage(error) });
    }
  };

  const submit = (values: EmployeeFormValues) => {
    const clean = { ...values, name: values.name.trim(), email: values.email.trim(), jobTitle: values.jobTitle.trim() };
    if (!employee) {
      create.mutate(
        {
          name: clean.name,
          email: clean.email,
          jobTitle: clean.jobTitle,
          departmentId: clean.departmentId!,
          role: clean.role,
          managerId: clean.managerId,
          hiredOn: clean.hiredOn,
        },
        { onSuccess: onSaved, onError: showProblem },
      );
      return;
    }
    const before = initialValues(employee);
    const changes: EmployeeChanges = {};
    if (clean.name !== before.name) changes.name = clean.name;
    if (clean.email !== before.email) changes.email = clean.email;
    if (clean.jobTitle !== before.jobTitle) changes.jobTitle = clean.jobTitle;
    if (clean.departmentId !== before.departmentId && clean.departmentId) changes.departmentId = clean.departmentId;
    if (clean.role !== before.role) changes.role = clean.role;
    if (clean.managerId !== before.managerId) changes.managerId = clean.managerId;
    if (clean.hiredOn !== before.hiredOn) changes.hiredOn = clean.hiredOn;
    if (Object.keys(changes).length === 0) {
      notifications.show({ color: 'gray', message: 'Nothing to save: no field has changed.' });
      return;
    }
    update.mutate(
      { id: employee.id, changes },
      {
        onSuccess: (saved) => {
          form.resetDirty(initialValues(saved));
          onSaved(saved);
        },
        onError: showProblem,
      },
    );
  };

  const pending = create.isPending || update.isPending;

  return (
    <form noValidate onSubmit={form.onSubmit(submit)} aria-label={employee ? `Edit ${employee.name}` : 'Add an employee'}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="Full name" required autoComplete="off" readOnly={idpOwned} {...form.getInputProps('name')} />
          <TextInput label="Work email" type="email" required autoComplete="off" readOnly={idpOwned} {...form.getInputProps('email')} />
          <TextInput label="Job title" placeholder="e.g. Chat Agent" readOnly={idpOwned} {...form.getInputProps('jobTitle')} />
          <Select label="Department" required readOnly={idpOwned} data={departments} searchable nothingFoundMessage="No department by that name" allowDeselect={false} {...form.getInputProps('departmentId')} />
          <Select
            label="Role"
            data={roleOptions}
            allowDeselect={false}
            disabled={!canChangeRole}
            description={canChangeRole ? 'Admins manage everything; managers their departments.' : 'Only an admin can change roles.'}
            {...form.getInputProps('role')}
          />
          <ManagerPicker
            value={form.values.managerId}
            current={manager}
            excludeId={employee?.id}
            error={form.errors.managerId}
            onChange={(id, person) => {
              form.setFieldValue('managerId', id);
              setManager(person);
            }}
          />
          <TextInput label="Hired on" type="date" required max={today} {...form.getInputProps('hiredOn')} />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={pending}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={pending}>
            {employee ? 'Save changes' : 'Add employee'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
