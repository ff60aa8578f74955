import { Alert, Button, Chip, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstProblem, formProblem, type FieldNames } from '../../../lib/form-problems';
import { HeroPicker, type HeroOption } from '../../stories';
import { useCompanyValues } from '../../values';
import { KUDOS_MESSAGE_MAX, useGiveKudos } from '../api/kudos';

const KUDOS_FIELD_NAMES: FieldNames = {
  heroId: { name: 'kudos:field.heroId', formField: 'hero' },
  valueId: { name: 'kudos:field.valueId', formField: 'value' },
  message: { name: 'kudos:field.message' },
};

type Problems = Partial<Record<'hero' | 'value' | 'message', string>>;

/** A one-line shout-out: one colleague, one company value, one sentence. The full story format stays for the heroics. */
export function GiveKudosModal({ opened, onClose, viewerId }: { opened: boolean; onClose: () => void; viewerId: string }) {
  const { t } = useTranslation('kudos');
  const values = useCompanyValues();
  const give = useGiveKudos();
  const [hero, setHero] = useState<HeroOption[]>([]);
  const [valueId, setValueId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [form, setForm] = useState<HTMLFormElement | null>(null);

  const close = () => {
    setHero([]);
    setValueId(null);
    setMessage('');
    setProblems({});
    setGeneral(null);
    onClose();
  };

  const submit = async () => {
    const local: Problems = {};
    if (!hero[0]) local.hero = t('modal.need.hero');
    if (!valueId) local.value = t('modal.need.value');
    if (!message.trim()) local.message = t('modal.need.message');
    setProblems(local);
    setGeneral(null);
    if (Object.keys(local).length) return focusFirstProblem(form);
    try {
      const kudos = await give.mutateAsync({ heroId: hero[0]!.value, valueId: valueId!, message: message.trim() });
      notifications.show({ color: 'teal', title: t('modal.sent'), message: t('modal.sentHint', { name: kudos.hero.name }) });
      close();
    } catch (error) {
      const { fields, general: rest } = formProblem(error, KUDOS_FIELD_NAMES);
      setProblems(fields);
      setGeneral(rest);
      focusFirstProblem(form);
    }
  };

  const left = KUDOS_MESSAGE_MAX - message.length;
  return (
    <Modal opened={opened} onClose={close} title={t('modal.title')} centered closeButtonProps={{ 'aria-label': t('ui:close') }}>
      <form
        ref={setForm}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('modal.intro')}
          </Text>
          <HeroPicker
            value={hero}
            onChange={(next) => {
              setHero(next.slice(-1));
              setProblems((p) => ({ ...p, hero: undefined }));
            }}
            error={problems.hero}
            label={t('modal.hero')}
            description={t('modal.heroHint')}
            max={1}
            excludeIds={[viewerId]}
          />
          <div>
            <Text fw={500} size="sm" mb={4} id="kudos-value-label">
              {t('modal.value')}
            </Text>
            <Chip.Group
              value={valueId}
              onChange={(v) => {
                setValueId(v as string);
                setProblems((p) => ({ ...p, value: undefined }));
              }}
            >
              <Group gap="xs" role="radiogroup" aria-labelledby="kudos-value-label" data-invalid={problems.value ? 'true' : undefined}>
                {(values.data ?? []).map((v) => (
                  <Chip key={v.id} value={v.id} variant="outline" size="sm">
                    {v.name}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {problems.value && (
              <Text c="red.8" size="sm" mt={4}>
                {problems.value}
              </Text>
            )}
          </div>
          <Textarea
            label={t('modal.message')}
            placeholder={t('modal.messagePlaceholder')}
            autosize
            minRows={2}
            maxLength={KUDOS_MESSAGE_MAX}
            value={message}
            onChange={(event) => {
              setMessage(event.currentTarget.value);
              setProblems((p) => ({ ...p, message: undefined }));
            }}
            error={problems.message}
            description={t('modal.charactersLeft', { count: left })}
            required
          />
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('modal.cancel')}
            </Button>
            <Button type="submit" loading={give.isPending}>
              {t('modal.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
