import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonAvatar } from '../../../components/ui/person-avatar';
import { formatDate } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import { useEndorseStory } from '../api/endorse-story';
import type { Story } from '../../stories';
import { useEndorsements } from '../api/list-endorsements';

/** Who endorsed the story, their comments, and a way to add mine with a comment. */
export function Endorsers({ story, viewerId }: { story: Story; viewerId: string }) {
  const endorsements = useEndorsements(story.id);
  const endorse = useEndorseStory();
  const { t } = useTranslation('endorsements');
  const [comment, setComment] = useState('');
  const own = story.author.id === viewerId || story.heroes.some((h) => h.id === viewerId);
  const items = endorsements.data?.items ?? [];

  return (
    <Card withBorder radius="lg" p="lg" component="section" aria-labelledby="endorsers-title">
      <Stack gap="md">
        <Title order={2} fz="lg" id="endorsers-title">
          {t('title', { count: story.endorsementCount })}
        </Title>
        {!own && !story.endorsedByMe && story.status === 'published' && (
          <Stack gap="xs">
            <Textarea label={t('comment')} maxLength={500} autosize minRows={2} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
            <Button
              w="fit-content"
              loading={endorse.isPending}
              onClick={() =>
                endorse.mutate(
                  { id: story.id, endorse: true, comment: comment.trim() || undefined },
                  {
                    onSuccess: () => setComment(''),
                    onError: (error) => notifications.show({ color: 'red', title: t('notSaved'), message: problemMessage(error) }),
                  },
                )
              }
            >
              {t('endorseStory')}
            </Button>
          </Stack>
        )}
        {endorsements.isPending ? (
          <Text c="dimmed">{t('loading')}</Text>
        ) : endorsements.isError ? (
          <Text c="red.8">{problemMessage(endorsements.error)}</Text>
        ) : items.length === 0 ? (
          <Text c="dimmed">{own ? t('none') : t('noneBeFirst')}</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((e) => (
              <Group key={e.id} component="li" wrap="nowrap" align="flex-start">
                <PersonAvatar name={e.endorser.name} size={32} />
                <Stack gap={0}>
                  <Text fw={600} size="sm">
                    {e.endorser.name}{' '}
                    <Text span c="dimmed" size="xs">
                      · {e.endorser.department.name} · {formatDate(e.createdAt.slice(0, 10))}
                    </Text>
                  </Text>
                  {e.comment && <Text size="sm">{e.comment}</Text>}
                </Stack>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
