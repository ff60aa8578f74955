import { Alert, Button, Group, Modal, Radio, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { type Badge, type BadgeIcon, useCreateBadge, useUpdateBadge } from '../api/badges';
import { BADGE_ICON_NAMES, BADGE_ICONS, BadgeIconTile } from './badge-icons';

const FIELDS = ['name', 'description', 'icon'] as const;

/** Add a badge, or edit one (`badge` given): its name, what it is for, and its icon; the server's refusals beside the fields. */
export function BadgeFormModal({ opened, onClose, badge }: { opened: boolean; onClose: () => void; badge?: Badge }) {
  const create = useCreateBadge();
  const update = useUpdateBadge();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [icon, setIcon] = useState<BadgeIcon | ''>('');
  const [errors, setErrors] = useState<{ fields: Record<string, string>; other?: string }>({ fields: {} });

  useEffect(() => {
    if (!opened) return;
    setName(badge?.name ?? '');
    setDescription(badge?.description ?? '');
    setIcon(badge?.icon ?? '');
    setErrors({ fields: {} });
  }, [opened, badge]);

  const pending = create.isPending || update.isPending;
  const onError = (error: unknown) => {
    const { fields, unmatched } = fieldErrorsFor(error, FIELDS);
    setErrors({ fields, other: Object.keys(fields).length && !unmatched.length ? undefined : problemMessage(error) });
  };
  const onSuccess = (saved: Badge) => {
    notifications.show({
      color: 'green',
      title: badge ? 'Badge saved' : 'Badge added',
      message: badge ? `“${saved.name}” is saved.` : `Managers can now give “${saved.name}”.`,
    });
    onClose();
  };
  const submit = () => {
    setErrors({ fields: {} });
    if (!icon) return setErrors({ fields: { icon: 'Choose the icon the badge shows.' } });
    if (badge) update.mutate({ id: badge.id, changes: { name, description: description || null, icon } }, { onSuccess, onError });
    else create.mutate({ name, description: description || undefined, icon }, { onSuccess, onError });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={badge ? `Edit “${badge.name}”` : 'Add a badge'} size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <TextInput
          label="Name"
          placeholder="e.g. Calm in the storm"
          required
          maxLength={60}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.fields.name}
          data-autofocus
        />
        <Textarea
          label="What it is for (optional)"
          autosize
          minRows={2}
          maxLength={200}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors.fields.description}
        />
        <Radio.Group label="Icon" withAsterisk value={icon} onChange={(v) => setIcon(v as BadgeIcon)} error={errors.fields.icon}>
          <SimpleGrid cols={{ base: 2, xs: 3, sm: 4 }} spacing="xs" mt="xs">
            {BADGE_ICON_NAMES.map((name) => (
              <Radio.Card key={name} value={name} radius="md" p="xs" aria-label={BADGE_ICONS[name].label}>
                <Group gap="xs" wrap="nowrap">
                  <Radio.Indicator size="xs" />
                  <BadgeIconTile icon={name} size="sm" />
                  <Text size="sm">{BADGE_ICONS[name].label}</Text>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
        {errors.other && (
          <Alert color="red" title="The badge was not saved" role="alert">
            {errors.other}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={pending} disabled={!name.trim()}>
            {badge ? 'Save badge' : 'Add badge'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
