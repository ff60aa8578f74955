import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompanyToday } from '../../../lib/company-today';
import { focusFirstProblem, formProblem, type FieldNames } from '../../../lib/form-problems';
import { useCreateEmployee } from '../api/create-employee';
import type { Employee } from '../api/list-employees';
import { useUpdateEmployee, type EmployeeChanges } from '../api/update-employee';
import { ManagerPicker, type PersonOption } from './ManagerPicker';

type Role = Employee['role'];

interface EmployeeFormValues {
  name: string;
  email: string;
  employeeNumber: string;
  jobTitle: string;
  departmentId: string | null;
  role: Role;
  managerId: string | null;
  hiredOn: string;
}

/** How the form calls each field the server may name in a problem. */
const FIELD_NAMES: FieldNames = {
  name: { name: 'the full name' },
  email: { name: 'the work email' },
  employeeNumber: { name: 'employment:employeeNumber.field' },
  jobTitle: { name: 'the job title' },
  departmentId: { name: 'the department' },
  role: { name: 'the role' },
  managerId: { name: 'the manager' },
  hiredOn: { name: 'the hire date' },
};

/** The server's limits (CreateEmployeeDto), so most problems never happen. */
const LIMITS = { name: 120, email: 254, employeeNumber: 64, jobTitle: 120 } as const;

const roleOptions = [
  { value: 'staff', label: 'Staff' },
  { value: 'manager', label: 'Manager' },
  { value: 'admin', label: 'Admin' },
];

function initialValues(employee?: Employee): EmployeeFormValues {
  return {
    name: employee?.name ?? '',
    email: employee?.email ?? '',
    employeeNumber: employee?.employeeNumber ?? '',
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
  canChangeEmployeeNumber = false,
  onSaved,
  onCancel,
}: {
  employee?: Employee;
  departments: { value: string; label: string }[];
  canChangeRole: boolean;
  /** Admins (HR) keep the HR system's key; others see it, when they see private fields, but cannot change it. */
  canChangeEmployeeNumber?: boolean;
  onSaved: (employee: Employee) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('employment');
  const create = useCreateEmployee();
  const update = useUpdateEmployee();
  // The identity provider owns these for the people it manages (SCIM); the server refuses changes to them too.
  const idpOwned = Boolean(employee?.managedByIdentityProvider);
  const [manager, setManager] = useState<PersonOption | null>(employee?.manager ?? null);
  // The latest hire date the server accepts is the company's today, not the browser's.
  const today = useCompanyToday().data;
  const formRef = useRef<HTMLFormElement>(null);

  const form = useForm<EmployeeFormValues>({
    mode: 'controlled',
    initialValues: initialValues(employee),
    validate: {
      name: (value) => (value.trim() ? null : 'Enter a name'),
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : 'Enter a valid email address'),
      departmentId: (value) => (value ? null : 'Choose a department'),
      hiredOn: (value) =>
        !value ? 'Enter the hire date' : today && value > today ? 'The hire date cannot be after today: choose today or an earlier day.' : null,
    },
  });

  const showProblem = (error: unknown) => {
    const { fields, general } = formProblem(error, FIELD_NAMES);
    form.setErrors(fields);
    focusFirstProblem(formRef.current);
    if (general) notifications.show({ color: 'red', title: employee ? 'Changes not saved' : 'Employee not added', message: general });
  };

  const submit = (values: EmployeeFormValues) => {
    const clean = {
      ...values,
      name: values.name.trim(),
      email: values.email.trim(),
      employeeNumber: values.employeeNumber.trim(),
      jobTitle: values.jobTitle.trim(),
    };
    if (!employee) {
      create.mutate(
        {
          name: clean.name,
          email: clean.email,
          employeeNumber: clean.employeeNumber || null,
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
    if (clean.employeeNumber !== before.employeeNumber) changes.employeeNumber = clean.employeeNumber || null;
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
    <form
      ref={formRef}
      noValidate
      onSubmit={form.onSubmit(submit, () => focusFirstProblem(formRef.current))}
      aria-label={employee ? `Edit ${employee.name}` : 'Add an employee'}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="Full name" required autoComplete="off" maxLength={LIMITS.name} readOnly={idpOwned} {...form.getInputProps('name')} />
          <TextInput
            label="Work email"
            type="email"
            required
            autoComplete="off"
            maxLength={LIMITS.email}
            readOnly={idpOwned}
            {...form.getInputProps('email')}
          />
          {(canChangeEmployeeNumber || employee?.employeeNumber) && (
            <TextInput
              label={t('employeeNumber.label')}
              description={canChangeEmployeeNumber ? t('employeeNumber.description') : t('employeeNumber.readOnly')}
              autoComplete="off"
              maxLength={LIMITS.employeeNumber}
              readOnly={!canChangeEmployeeNumber}
              {...form.getInputProps('employeeNumber')}
            />
          )}
          <TextInput label="Job title" placeholder="e.g. Chat Agent" maxLength={LIMITS.jobTitle} readOnly={idpOwned} {...form.getInputProps('jobTitle')} />
          <Select
            label="Department"
            required
            readOnly={idpOwned}
            data={departments}
            searchable
            nothingFoundMessage="No department by that name"
            allowDeselect={false}
            {...form.getInputProps('departmentId')}
          />
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
