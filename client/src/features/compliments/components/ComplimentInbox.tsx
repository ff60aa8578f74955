import { Alert, Anchor, Button, Card, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ToneBadge } from '../../../components/ui/badges';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { problemMessage } from '../../../lib/problem';
import { type HeroOption, HeroPicker } from '../../stories';
import { type Compliment, type DiscardReason, useComplimentInbox, useConfirmCompliment, useDiscardCompliment } from '../api/compliments';
import { MergeIntoStoryModal } from './MergeIntoStoryModal';

const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const REASONS: { value: DiscardReason; label: string }[] = [
  { value: 'spam', label: 'Spam' },
  { value: 'not_about_us', label: 'Not about us' },
  { value: 'abusive', label: 'Abusive' },
];

function DiscardModal({ compliment, onClose }: { compliment: Compliment; onClose: () => void }) {
  const discard = useDiscardCompliment();
  const [reason, setReason] = useState<DiscardReason>('spam');
  return (
    <Modal opened onClose={onClose} title="Discard this compliment" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        <Radio.Group label="Why?" value={reason} onChange={(v) => setReason(v as DiscardReason)}>
          <Stack gap="xs" mt="xs">
            {REASONS.map((r) => (
              <Radio key={r.value} value={r.value} label={r.label} />
            ))}
          </Stack>
        </Radio.Group>
        {discard.error && <Alert color="red">{problemMessage(discard.error)}</Alert>}
        <Button color="red" loading={discard.isPending} onClick={() => discard.mutate({ id: compliment.id, reason }, { onSuccess: onClose })}>
          Discard
        </Button>
      </Stack>
    </Modal>
  );
}

function ComplimentCard({ compliment, onDiscard }: { compliment: Compliment; onDiscard: () => void }) {
  const { t } = useTranslation('compliments');
  const fromHelpdesk = compliment.origin === 'helpdesk';
  const confirm = useConfirmCompliment();
  const [merging, setMerging] = useState(false);
  const [chosen, setChosen] = useState<HeroOption[]>([]);
  const about = compliment.hero ? compliment.hero.name : `the team at ${compliment.department.name}`;
  // A department link's compliment: the manager names the hero among that department's people.
  const hero = compliment.hero ?? (chosen[0] && { id: chosen[0].value, name: chosen[0].label.split(' · ')[0] });
  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-label={`Compliment for ${about}`}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600}>For {about}</Text>
          <Group gap={6}>
            {fromHelpdesk ? (
              <ToneBadge tone="indigo">{t('fromHelpdesk')}</ToneBadge>
            ) : compliment.emailConfirmed ? (
              <ToneBadge tone="green">Email confirmed</ToneBadge>
            ) : (
              <ToneBadge tone="slate">Email not confirmed</ToneBadge>
            )}
            {!compliment.consentToQuote && <ToneBadge tone="amber">Do not quote</ToneBadge>}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {compliment.customerName ? `From ${compliment.customerName}` : 'From a customer'}, {when.format(new Date(compliment.createdAt))}
        </Text>
        <Text style={{ whiteSpace: 'pre-line' }}>{compliment.whatHappened}</Text>
        <Text size="sm">
          <strong>How it ended:</strong> {compliment.howItEnded}
        </Text>
        {compliment.ticketUrl && (
          <Anchor href={compliment.ticketUrl} target="_blank" rel="noopener noreferrer" size="sm">
            {t('ticket')}
          </Anchor>
        )}
        {confirm.error && <Alert color="red">{problemMessage(confirm.error)}</Alert>}
        {!compliment.hero && (
          <HeroPicker
            value={chosen}
            onChange={setChosen}
            departmentId={compliment.department.id}
            max={1}
            label="Who is the hero?"
            description={
              fromHelpdesk
                ? t('helpdeskHeroHelp', { department: compliment.department.name })
                : `This came through the department link: choose who in ${compliment.department.name} the customer means.`
            }
          />
        )}
        <Group gap="sm">
          <Button
            disabled={!hero}
            loading={confirm.isPending}
            onClick={() =>
              hero &&
              confirm.mutate(
                { id: compliment.id, heroId: compliment.hero ? undefined : hero.id },
                { onSuccess: () => notifications.show({ color: 'green', message: `It is now a story about ${hero.name}.` }) },
              )
            }
          >
            Confirm as a story
          </Button>
          <Button variant="light" disabled={!hero} onClick={() => setMerging(true)}>
            Add to an existing story
          </Button>
          <Button variant="default" onClick={onDiscard}>
            Discard
          </Button>
        </Group>
        {merging && hero && <MergeIntoStoryModal compliment={compliment} hero={hero} onClose={() => setMerging(false)} />}
      </Stack>
    </Card>
  );
}

/** Managers (of the hero's department) and admins: what customers wrote, to confirm into a story or discard. */
export function ComplimentInbox() {
  const inbox = useComplimentInbox();
  const [discarding, setDiscarding] = useState<Compliment>();
  if (inbox.isPending) return <CenteredLoader label="Loading compliments" />;
  if (inbox.isError) return <Alert color="red">{problemMessage(inbox.error)}</Alert>;
  if (!inbox.data.length) return <Text>No new compliments. When customers thank someone on your team, their words wait here for you.</Text>;
  return (
    <Stack gap="md">
      {inbox.data.map((c) => (
        <ComplimentCard key={c.id} compliment={c} onDiscard={() => setDiscarding(c)} />
      ))}
      {discarding && <DiscardModal compliment={discarding} onClose={() => setDiscarding(undefined)} />}
    </Stack>
  );
}
