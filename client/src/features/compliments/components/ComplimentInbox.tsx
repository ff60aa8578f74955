import { Alert, Anchor, Button, Card, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ToneBadge } from '../../../components/ui/badges';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { dateTimeFormat } from '../../../lib/intl';
import { problemMessage } from '../../../lib/problem';
import { type HeroOption, HeroPicker } from '../../stories';
import { type Compliment, type DiscardReason, useComplimentInbox, useConfirmCompliment, useDiscardCompliment } from '../api/compliments';
import { MergeIntoStoryModal } from './MergeIntoStoryModal';

const REASONS: { value: DiscardReason; label: string }[] = [
  { value: 'spam', label: 'compliments:discard.reason.spam' },
  { value: 'not_about_us', label: 'compliments:discard.reason.not_about_us' },
  { value: 'abusive', label: 'compliments:discard.reason.abusive' },
];

function DiscardModal({ compliment, onClose }: { compliment: Compliment; onClose: () => void }) {
  const { t } = useTranslation('compliments');
  const discard = useDiscardCompliment();
  const [reason, setReason] = useState<DiscardReason>('spam');
  return (
    <Modal opened onClose={onClose} title={t('discard.title')} closeButtonProps={{ 'aria-label': t('ui:close') }}>
      <Stack>
        <Radio.Group label={t('discard.why')} value={reason} onChange={(v) => setReason(v as DiscardReason)}>
          <Stack gap="xs" mt="xs">
            {REASONS.map((r) => (
              <Radio key={r.value} value={r.value} label={t(r.label)} />
            ))}
          </Stack>
        </Radio.Group>
        {discard.error && <Alert color="red">{problemMessage(discard.error)}</Alert>}
        <Button color="red" loading={discard.isPending} onClick={() => discard.mutate({ id: compliment.id, reason }, { onSuccess: onClose })}>
          {t('discard.confirm')}
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
  const about = compliment.hero
    ? { heading: t('card.forHero', { name: compliment.hero.name }), label: t('card.labelHero', { name: compliment.hero.name }) }
    : {
        heading: t('card.forTeam', { department: compliment.department.name }),
        label: t('card.labelTeam', { department: compliment.department.name }),
      };
  const sent = dateTimeFormat({ day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(compliment.createdAt));
  // A department link's compliment: the manager names the hero among that department's people.
  const hero = compliment.hero ?? (chosen[0] && { id: chosen[0].value, name: chosen[0].label.split(' · ')[0] });
  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-label={about.label}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600}>{about.heading}</Text>
          <Group gap={6}>
            {fromHelpdesk ? (
              <ToneBadge tone="indigo">{t('fromHelpdesk')}</ToneBadge>
            ) : compliment.emailConfirmed ? (
              <ToneBadge tone="green">{t('card.emailConfirmed')}</ToneBadge>
            ) : (
              <ToneBadge tone="slate">{t('card.emailNotConfirmed')}</ToneBadge>
            )}
            {!compliment.consentToQuote && <ToneBadge tone="amber">{t('card.doNotQuote')}</ToneBadge>}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {compliment.customerName ? t('card.from', { name: compliment.customerName, date: sent }) : t('card.fromCustomer', { date: sent })}
        </Text>
        <Text style={{ whiteSpace: 'pre-line' }}>{compliment.whatHappened}</Text>
        <Text size="sm">
          <strong>{t('card.howItEnded')}</strong> {compliment.howItEnded}
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
            label={t('card.whoIsHero')}
            description={
              fromHelpdesk
                ? t('helpdeskHeroHelp', { department: compliment.department.name })
                : t('card.departmentHeroHelp', { department: compliment.department.name })
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
                { onSuccess: () => notifications.show({ color: 'green', message: t('card.confirmed', { name: hero.name }) }) },
              )
            }
          >
            {t('card.confirm')}
          </Button>
          <Button variant="light" disabled={!hero} onClick={() => setMerging(true)}>
            {t('card.merge')}
          </Button>
          <Button variant="default" onClick={onDiscard}>
            {t('card.discard')}
          </Button>
        </Group>
        {merging && hero && <MergeIntoStoryModal compliment={compliment} hero={hero} onClose={() => setMerging(false)} />}
      </Stack>
    </Card>
  );
}

/** Managers (of the hero's department) and admins: what customers wrote, to confirm into a story or discard. */
export function ComplimentInbox() {
  const { t } = useTranslation('compliments');
  const inbox = useComplimentInbox();
  const [discarding, setDiscarding] = useState<Compliment>();
  if (inbox.isPending) return <CenteredLoader label={t('inbox.loading')} />;
  if (inbox.isError) return <Alert color="red">{problemMessage(inbox.error)}</Alert>;
  if (!inbox.data.length) return <Text>{t('inbox.empty')}</Text>;
  return (
    <Stack gap="md">
      {inbox.data.map((c) => (
        <ComplimentCard key={c.id} compliment={c} onDiscard={() => setDiscarding(c)} />
      ))}
      {discarding && <DiscardModal compliment={discarding} onClose={() => setDiscarding(undefined)} />}
    </Stack>
  );
}
