import { Alert, Button, Modal, NumberInput, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { ApiProblem, problemMessage } from '../../../lib/problem';
import { BudgetMeter, useMyBudget } from '../../budgets';
import { type GiveReward, useGiveReward } from '../api/give-reward';
import { BadgeChoice } from '../../badges';
import { ChampionChoice, type ChampionPeriod, useCurrentChampion } from './ChampionChoice';

export interface RewardRecipient {
  id: string;
  name: string;
  /** Their department, for the champion choice (who is its champion already). */
  departmentId?: string;
}

const KINDS: { value: GiveReward['kind']; label: string; defaultPoints: number }[] = [
  { value: 'points', label: 'Points', defaultPoints: 100 },
  { value: 'badge', label: 'Badge', defaultPoints: 0 },
  { value: 'gift', label: 'Gift', defaultPoints: 0 },
  { value: 'champion', label: 'Champion', defaultPoints: 250 },
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
    ? 'Choose who receives the reward.'
    : kind === 'badge' && !badgeId
      ? 'Choose the badge to give.'
      : kind === 'champion' && champion.holder
        ? `${champion.holder.employee.name} is already champion of ${champion.label}; revoke that award first to name someone else.`
        : kind === 'points' && points < 1
          ? 'A points reward needs at least 1 point.'
          : over
            ? `That is more than the ${budget.data?.remaining.toLocaleString()} points left in your budget.`
            : !citation.trim()
              ? 'Write a citation to give the reward.'
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
            title: `${recipient?.name ?? 'The hero'} has been rewarded`,
            message: given.reward.points ? `${given.budget.remaining.toLocaleString()} points left in your budget this quarter.` : 'They have been notified.',
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
      title={`Reward ${recipients.length === 1 ? recipients[0].name : 'a hero'}`}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack>
        {story && (
          <Text size="sm" c="dimmed">
            For the story “{story.title}”
          </Text>
        )}
        {recipients.length > 1 && (
          <Select
            label="Hero"
            data={recipients.map((r) => ({ value: r.id, label: r.name }))}
            value={recipientId}
            onChange={(v) => setRecipientId(v ?? '')}
            allowDeselect={false}
            error={fieldError('recipientId')}
          />
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500} id="reward-kind-label">
            Kind of reward
          </Text>
          <SegmentedControl
            aria-labelledby="reward-kind-label"
            data={KINDS.map(({ value, label }) => ({ value, label }))}
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
          label="Points"
          description={kind === 'points' ? 'At least 1; up to 10,000.' : 'Optional; 0 for a reward without points.'}
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
          error={fieldError('points') ?? (over ? 'More than your remaining budget' : undefined)}
        />
        {budget.data && <BudgetMeter budget={budget.data} pending={points} heading={`Your budget for ${budget.data.quarter}`} />}
        <Textarea
          label="Citation"
          description="What they did and why it matters; the hero and their colleagues will read it."
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
          <Alert color="red" title="The reward was not given" role="alert">
            {problemMessage(give.error)}
          </Alert>
        )}
        {blocked && (
          <Text size="sm" c="dimmed" id="give-reward-why">
            {blocked}
          </Text>
        )}
        <Button onClick={submit} loading={give.isPending} disabled={Boolean(blocked)} aria-describedby={blocked ? 'give-reward-why' : undefined}>
          Give reward
        </Button>
      </Stack>
    </Modal>
  );
}
