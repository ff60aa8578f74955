import { ActionIcon, Anchor, Box, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconChevronLeft, IconChevronRight, IconPrinter } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ToneBadge } from '../../components/ui/badges';
import { CenteredLoader } from '../../components/ui/centered-loader';
import { ErrorPanel } from '../../components/ui/error-panel';
import { useDepartmentOptions } from '../../features/departments/api/list-departments';
import { useHuddle } from '../../features/huddle';
import { StoryText } from '../../features/stories';
import { problemMessage } from '../../lib/problem';
import './huddle.css';

/** Full-screen, large type: this week's featured and most-endorsed stories, to read aloud at a team meeting. */
export default function HuddleRoute() {
  const { t } = useTranslation('huddle');
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const departments = useDepartmentOptions();
  const huddle = useHuddle(departmentId);
  const [index, setIndex] = useState(0);
  const stories = huddle.data ?? [];
  const go = useCallback((step: number) => setIndex((i) => Math.min(Math.max(i + step, 0), Math.max(stories.length - 1, 0))), [stories.length]);

  useEffect(() => setIndex(0), [departmentId]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement) return;
      if (event.key === 'ArrowRight') go(1);
      if (event.key === 'ArrowLeft') go(-1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  return (
    <Box className="huddle" component="main" p={{ base: 'md', sm: 'xl' }}>
      <Group justify="space-between" className="huddle-chrome" mb="lg">
        <Anchor component={Link} to="/" fw={600} c="ember.9">
          <Group gap={4}>
            <IconArrowLeft size={16} aria-hidden /> {t('leave')}
          </Group>
        </Anchor>
        <Group gap="sm">
          <Select
            aria-label={t('department')}
            placeholder={t('wholeCompany')}
            clearable
            data={departments}
            value={departmentId}
            onChange={setDepartmentId}
            w={220}
          />
          <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
            {t('print')}
          </Button>
        </Group>
      </Group>
      <Title order={1} className="huddle-chrome" fz={22} c="dimmed" mb="md">
        {t('title')}
      </Title>
      {huddle.isPending ? (
        <CenteredLoader label={t('loading')} />
      ) : huddle.isError ? (
        <ErrorPanel message={problemMessage(huddle.error)} />
      ) : stories.length === 0 ? (
        <Text fz={28}>{t('empty')}</Text>
      ) : (
        <>
          {stories.map((story, i) => (
            <article key={story.id} className="huddle-story" data-current={i === index} aria-hidden={i !== index} aria-label={story.title}>
              <Stack gap="lg">
                <Group gap="sm">
                  {story.featured && <ToneBadge tone="amber">{t('stories:badge.featured')}</ToneBadge>}
                  <Text fz={22} c="dimmed">
                    {t('endorsements', { count: story.endorsementCount })}
                  </Text>
                </Group>
                <Title order={2} fz={{ base: 34, sm: 52 }} lh={1.15}>
                  {story.title}
                </Title>
                <Text fz={{ base: 24, sm: 30 }} fw={700} c="ember.9">
                  {story.heroes.map((h) => h.name).join(' & ')}
                </Text>
                <Box fz={{ base: 20, sm: 26 }} lh={1.5}>
                  <StoryText>{story.situation}</StoryText>
                  <StoryText>{story.action}</StoryText>
                  <StoryText>{story.impact}</StoryText>
                </Box>
                {story.customerQuote && (
                  <Text fz={{ base: 22, sm: 28 }} fs="italic">
                    “{story.customerQuote}”
                  </Text>
                )}
              </Stack>
            </article>
          ))}
          <Group justify="center" gap="lg" mt="xl" className="huddle-chrome">
            <ActionIcon size={56} radius="xl" variant="default" onClick={() => go(-1)} disabled={index === 0} aria-label={t('previous')}>
              <IconChevronLeft size={28} />
            </ActionIcon>
            <Text fz={20} aria-live="polite">
              {t('position', { index: index + 1, count: stories.length })}
            </Text>
            <ActionIcon size={56} radius="xl" onClick={() => go(1)} disabled={index >= stories.length - 1} aria-label={t('next')}>
              <IconChevronRight size={28} />
            </ActionIcon>
          </Group>
        </>
      )}
    </Box>
  );
}
