import { Alert, Button, Modal, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { ApiProblem, problemMessage } from '../../../lib/problem';
import { BudgetMeter, useMyBudget } from '../../budgets';
import { type GiveReward, useGiveReward } from '../api/give-reward';
import { BadgeChoice } from '../../badges';
import { ChampionChoice, type ChampionPeriod, useCurrentChampion } from './ChampionChoice';
import { LabelledSegments } from './LabelledSegments';
import { rewardKindLabel } from './reward-kind-labels';
import { useTranslation } from 'react-i18next';

export interface RewardRecipient {
  id: string;
  name: string;
  /** Their department, for the champion choice (who is its champion already). */
  departmentId?: string;
}

const KINDS: { value: GiveReward['kind']; defaultPoints: number }[] = [
  { value: 'points', defaultPoints: 100 },
  { value: 'badge', defaultPoints: 0 },
  { value: 'gift', defaultPoints: 0 },
  { value: 'champion', defaultPoints: 250 },
];

/** Reward a hero for a story or as a period award, with the budget meter moving as the points change. */
export function RewardDialog({
  opened,
  onClose,
  recipients,
  story,
}: {
  opened: boolean;
  onClose: () => void;
  recipients: RewardRecipient[];
  story?: { id: string; title: string };
}) {
  const { t } = useTranslation('rewards');
  const budget = useMyBudget(opened);
  const give = useGiveReward();
  const [recipientId, setRecipientId] = useState(recipients[0]?.id ?? '');
  const [kind, setKind] = useState<GiveReward['kind']>('points');
  const [points, setPoints] = useState<number>(100);
  // Points the manager typed stay when they switch the kind; untouched, each kind brings its usual amount.
  const [pointsTyped, setPointsTyped] = useState(false);
  const [citation, setCitation] = useState('');
  const [championPeriod, setChampionPeriod] = useState<ChampionPeriod>('month');
  const [badgeId, setBadgeId] = useState('');

  useEffect(() => {
    if (opened) {
      setRecipientId(recipients[0]?.id ?? '');
      give.reset();
    }
    // Only when the dialog opens: keep what the manager typed while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recipients and the mutation change while it is open
  }, [opened]);

  const problem = give.error instanceof ApiProblem ? give.error : null;
  const fieldError = (field: string) => problem?.fieldErrors.find((e) => e.field === field)?.message;
  const recipient = recipients.find((r) => r.id === recipientId);
  const champion = useCurrentChampion(recipient?.departmentId, championPeriod, opened && kind === 'champion');
  const over = budget.data ? points > budget.data.remaining : false;
  // Why "Give reward" cannot be pressed yet, said beside it (a disabled button alone does not say).
  const blocked = !recipientId
    ? t('blocked.recipient')
    : kind === 'badge' && !badgeId
      ? t('blocked.badge')
      : kind === 'champion' && champion.holder
        ? t('blocked.champion', { name: champion.holder.employee.name, period: champion.label })
        : kind === 'points' && points < 1
          ? t('blocked.minimum')
          : over
            ? t('blocked.overBudget', { count: budget.data?.remaining ?? 0 })
            : !citation.trim()
              ? t('blocked.citation')
              : null;

  const submit = () =>
    give.mutate(
      {
        recipientId,
        kind,
        points,
        citation: citation.trim(),
        ...(story ? { storyId: story.id } : {}),
        ...(kind === 'champion' ? { championPeriod } : {}),
        ...(kind === 'badge' ? { badgeId } : {}),
      },
      {
        onSuccess: (given) => {
          notifications.show({
            color: 'green',
            title: recipient ? t('given.title', { name: recipient.name }) : t('given.titleAnyone'),
            message: given.reward.points ? t('given.remaining', { count: given.budget.remaining }) : t('given.notified'),
          });
          setCitation('');
          onClose();
        },
      },
    );

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={recipients.length === 1 ? t('dialogTitle', { name: recipients[0].name }) : t('dialogTitleAnyone')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('close') }}
    >
      <Stack>
        {story && (
          <Text size="sm" c="dimmed">
            {t('forTheStory', { title: story.title })}
          </Text>
        )}
        {recipients.length > 1 && (
          <Select
            label={t('hero')}
            data={recipients.map((r) => ({ value: r.id, label: r.name }))}
            value={recipientId}
            onChange={(v) => setRecipientId(v ?? '')}
            allowDeselect={false}
            error={fieldError('recipientId')}
          />
        )}
        <Stack gap={4}>
          <LabelledSegments
            id="reward-kind-label"
            label={t('kindLabel')}
            data={KINDS.map(({ value }) => ({ value, label: rewardKindLabel(value) }))}
            value={kind}
            onChange={(value) => {
              const next = KINDS.find((k) => k.value === value)!;
              setKind(next.value);
              if (!pointsTyped) setPoints(next.defaultPoints);
            }}
          />
        </Stack>
        {kind === 'badge' && <BadgeChoice value={badgeId} onChange={setBadgeId} error={fieldError('badgeId')} />}
        {kind === 'champion' && (
          <ChampionChoice period={championPeriod} onChange={setChampionPeriod} recipientName={recipient?.name ?? ''} current={champion} />
        )}
        <NumberInput
          label={t('pointsLabel')}
          description={kind === 'points' ? t('pointsRequired', { max: 10000 }) : t('pointsOptional')}
          min={0}
          max={10000}
          step={25}
          allowDecimal={false}
          allowNegative={false}
          value={points}
          onChange={(v) => {
            setPointsTyped(true);
            setPoints(typeof v === 'number' ? v : 0);
          }}
          error={fieldError('points') ?? (over ? t('overBudget') : undefined)}
        />
        {budget.data && <BudgetMeter budget={budget.data} pending={points} heading={t('budgetFor', { quarter: budget.data.quarter })} />}
        <Textarea
          label={t('citation')}
          description={t('citationHelp')}
          required
          autosize
          minRows={3}
          maxLength={1000}
          value={citation}
          onChange={(e) => setCitation(e.currentTarget.value)}
          error={fieldError('citation')}
          data-autofocus
        />
        {give.error && (
          <Alert color="red" title={t('failed')} role="alert">
            {problemMessage(give.error)}
          </Alert>
        )}
        {blocked && (
          <Text size="sm" c="dimmed" id="give-reward-why">
            {blocked}
          </Text>
        )}
        <Button onClick={submit} loading={give.isPending} disabled={Boolean(blocked)} aria-describedby={blocked ? 'give-reward-why' : undefined}>
          {t('give')}
        </Button>
      </Stack>
    </Modal>
  );
}
