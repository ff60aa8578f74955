import { Alert, Button, Group, Modal, Radio, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { type Badge, type BadgeIcon, useCreateBadge, useUpdateBadge } from '../api/badges';
import { BADGE_ICON_NAMES, BADGE_ICONS, BadgeIconTile } from './badge-icons';
import { useTranslation } from 'react-i18next';

const FIELDS = ['name', 'description', 'icon'] as const;

/** Add a badge, or edit one (`badge` given): its name, what it is for, and its icon; the server's refusals beside the fields. */
export function BadgeFormModal({ opened, onClose, badge }: { opened: boolean; onClose: () => void; badge?: Badge }) {
  const { t } = useTranslation('badges');
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
      title: badge ? t('form.saved') : t('form.added'),
      message: badge ? t('form.savedMessage', { name: saved.name }) : t('form.addedMessage', { name: saved.name }),
    });
    onClose();
  };
  const submit = () => {
    setErrors({ fields: {} });
    if (!icon) return setErrors({ fields: { icon: t('form.chooseIcon') } });
    if (badge) update.mutate({ id: badge.id, changes: { name, description: description || null, icon } }, { onSuccess, onError });
    else create.mutate({ name, description: description || undefined, icon }, { onSuccess, onError });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={badge ? t('form.editTitle', { name: badge.name }) : t('form.addTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('close') }}
    >
      <Stack
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <TextInput
          label={t('form.name')}
          placeholder={t('form.namePlaceholder')}
          required
          maxLength={60}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.fields.name}
          data-autofocus
        />
        <Textarea
          label={t('form.description')}
          autosize
          minRows={2}
          maxLength={200}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors.fields.description}
        />
        <Radio.Group label={t('form.icon')} withAsterisk value={icon} onChange={(v) => setIcon(v as BadgeIcon)} error={errors.fields.icon}>
          <SimpleGrid cols={{ base: 2, xs: 3, sm: 4 }} spacing="xs" mt="xs">
            {BADGE_ICON_NAMES.map((name) => (
              <Radio.Card key={name} value={name} radius="md" p="xs" aria-label={t(BADGE_ICONS[name].label)}>
                <Group gap="xs" wrap="nowrap">
                  <Radio.Indicator size="xs" />
                  <BadgeIconTile icon={name} size="sm" />
                  <Text size="sm">{t(BADGE_ICONS[name].label)}</Text>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
        {errors.other && (
          <Alert color="red" title={t('form.failed')} role="alert">
            {errors.other}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" loading={pending} disabled={!name.trim()}>
            {badge ? t('form.save') : t('form.add')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
