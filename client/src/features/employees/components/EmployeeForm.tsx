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
  name: { name: 'employees:field.name' },
  email: { name: 'employees:field.email' },
  employeeNumber: { name: 'employment:employeeNumber.field' },
  jobTitle: { name: 'employees:field.jobTitle' },
  departmentId: { name: 'employees:field.departmentId' },
  role: { name: 'employees:field.role' },
  managerId: { name: 'employees:field.managerId' },
  hiredOn: { name: 'employees:field.hiredOn' },
};

/** The server's limits (CreateEmployeeDto), so most problems never happen. */
const LIMITS = { name: 120, email: 254, employeeNumber: 64, jobTitle: 120 } as const;

const roleOptions = [
  { value: 'staff', label: 'app:roles.staff' },
  { value: 'manager', label: 'app:roles.manager' },
  { value: 'admin', label: 'app:roles.admin' },
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
      name: (value) => (value.trim() ? null : t('employees:form.need.name')),
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('employees:form.need.email')),
      departmentId: (value) => (value ? null : t('employees:form.need.department')),
      hiredOn: (value) => (!value ? t('employees:form.need.hiredOn') : today && value > today ? t('employees:form.need.hiredOnFuture') : null),
    },
  });

  const showProblem = (error: unknown) => {
    const { fields, general } = formProblem(error, FIELD_NAMES);
    form.setErrors(fields);
    focusFirstProblem(formRef.current);
    if (general) notifications.show({ color: 'red', title: employee ? t('employees:form.notSaved') : t('employees:form.notAdded'), message: general });
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
      notifications.show({ color: 'gray', message: t('employees:form.nothingChanged') });
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
      aria-label={employee ? t('employees:form.editLabel', { name: employee.name }) : t('employees:form.addLabel')}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('employees:form.name')} required autoComplete="off" maxLength={LIMITS.name} readOnly={idpOwned} {...form.getInputProps('name')} />
          <TextInput
            label={t('employees:form.email')}
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
          <TextInput
            label={t('employees:form.jobTitle')}
            placeholder={t('employees:form.jobTitlePlaceholder')}
            maxLength={LIMITS.jobTitle}
            readOnly={idpOwned}
            {...form.getInputProps('jobTitle')}
          />
          <Select
            label={t('employees:form.department')}
            required
            readOnly={idpOwned}
            data={departments}
            searchable
            nothingFoundMessage={t('employees:form.noDepartment')}
            allowDeselect={false}
            {...form.getInputProps('departmentId')}
          />
          <Select
            label={t('employees:form.role')}
            data={roleOptions.map((option) => ({ ...option, label: t(option.label) }))}
            allowDeselect={false}
            disabled={!canChangeRole}
            description={canChangeRole ? t('employees:form.roleHint') : t('employees:form.roleReadOnly')}
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
          <TextInput label={t('employees:form.hiredOn')} type="date" required max={today} {...form.getInputProps('hiredOn')} />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={pending}>
              {t('employees:form.cancel')}
            </Button>
          )}
          <Button type="submit" loading={pending}>
            {employee ? t('employees:form.save') : t('employees:form.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
