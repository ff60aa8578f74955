import { Alert, Button, Chip, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { focusFirstProblem, formProblem, type FieldNames } from '../../../lib/form-problems';
import { HeroPicker, type HeroOption } from '../../stories';
import { useCompanyValues } from '../../values';
import { KUDOS_MESSAGE_MAX, useGiveKudos } from '../api/kudos';

const KUDOS_FIELD_NAMES: FieldNames = {
  heroId: { name: 'who gets the kudos', formField: 'hero' },
  valueId: { name: 'the company value', formField: 'value' },
  message: { name: 'the message' },
};

type Problems = Partial<Record<'hero' | 'value' | 'message', string>>;

/** A one-line shout-out: one colleague, one company value, one sentence. The full story format stays for the heroics. */
export function GiveKudosModal({ opened, onClose, viewerId }: { opened: boolean; onClose: () => void; viewerId: string }) {
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
    if (!hero[0]) local.hero = 'Choose the colleague the kudos are for.';
    if (!valueId) local.value = 'Choose the company value it shows.';
    if (!message.trim()) local.message = 'Write a sentence: what did they do?';
    setProblems(local);
    setGeneral(null);
    if (Object.keys(local).length) return focusFirstProblem(form);
    try {
      const kudos = await give.mutateAsync({ heroId: hero[0]!.value, valueId: valueId!, message: message.trim() });
      notifications.show({ color: 'teal', title: 'Kudos sent', message: `${kudos.hero.name} will see your kudos.` });
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
    <Modal opened={opened} onClose={close} title="Give quick kudos" centered closeButtonProps={{ 'aria-label': 'Close' }}>
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
            For the small things. A customer’s day saved deserves a hero story.
          </Text>
          <HeroPicker
            value={hero}
            onChange={(next) => {
              setHero(next.slice(-1));
              setProblems((p) => ({ ...p, hero: undefined }));
            }}
            error={problems.hero}
            label="Who gets the kudos?"
            description="Start typing a colleague’s name."
            max={1}
            excludeIds={[viewerId]}
          />
          <div>
            <Text fw={500} size="sm" mb={4} id="kudos-value-label">
              Which company value does it show?
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
            label="Your kudos"
            placeholder="Thanks for covering my queue over lunch!"
            autosize
            minRows={2}
            maxLength={KUDOS_MESSAGE_MAX}
            value={message}
            onChange={(event) => {
              setMessage(event.currentTarget.value);
              setProblems((p) => ({ ...p, message: undefined }));
            }}
            error={problems.message}
            description={`${left} ${left === 1 ? 'character' : 'characters'} left`}
            required
          />
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={give.isPending}>
              Send kudos
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
