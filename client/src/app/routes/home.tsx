import { Button, Collapse, Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconPencilPlus, IconPresentation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../features/profile/api/get-me';
import { WelcomeCard } from '../../features/profile/components/WelcomeCard';
import { KudosStrip } from '../../features/kudos';
import { Feed, FeedFilters, type FeedFilterValues } from '../../features/feed';
import { useSession } from '../../lib/auth-session';
import { useUrlState } from '../../lib/url-state';

type Scope = 'company' | 'department' | 'mine';

const FEED_DEFAULTS = { scope: 'company', value: '', channel: '', featured: '', from: '', to: '' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Home is the feed: the company's hero stories, my department's, or the ones I told. */
export default function HomeRoute() {
  const session = useSession();
  const { t } = useTranslation('feed');
  const me = useMe();
  // Whose stories and the filters live in the address: a filtered feed can be shared, survives a reload, and the
  // back button undoes a change.
  const [url, setUrl, clearUrl] = useUrlState(FEED_DEFAULTS, { scope: ['company', 'department', 'mine'], featured: ['1'] });
  const scope = url.scope as Scope;
  const filters: FeedFilterValues = {
    valueId: url.value || null,
    channel: url.channel || null,
    featured: url.featured === '1',
    from: DATE.test(url.from) ? url.from : '',
    to: DATE.test(url.to) ? url.to : '',
  };
  const setFilters = (next: FeedFilterValues) =>
    setUrl({ value: next.valueId, channel: next.channel, featured: next.featured ? '1' : null, from: next.from, to: next.to });
  const clearFilters = () => (scope === 'company' ? clearUrl() : setUrl({ value: null, channel: null, featured: null, from: null, to: null }));
  // On a phone the filters fold behind one button, so the first story is on the first screen.
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [filtersOpen, filtersToggle] = useDisclosure(false);
  if (session.status !== 'signed-in') return null;
  const activeFilters = [filters.valueId, filters.channel, filters.featured || null, filters.from || null, filters.to || null].filter(Boolean).length;
  const departmentId = me.data?.department.id;

  return (
    <Stack gap={phone ? 'sm' : 'lg'} maw={820}>
      <WelcomeCard fallbackName={session.employee.name} />
      <KudosStrip viewerId={session.employee.id} />
      <Group justify="space-between" align="center">
        <Title order={2} fz={{ base: 'lg', sm: 'xl' }}>
          {t('heroStories')}
        </Title>
        <Group gap="sm">
          <Button component={Link} to="/huddle" variant="default" visibleFrom="sm" leftSection={<IconPresentation size={18} aria-hidden />}>
            {t('app:nav.huddle')}
          </Button>
          <Button component={Link} to="/stories/new" leftSection={<IconPencilPlus size={18} aria-hidden />}>
            {t('tellStory')}
          </Button>
        </Group>
      </Group>
      <SegmentedControl
        aria-label={t('scope.label')}
        value={scope}
        onChange={(v) => setUrl({ scope: v })}
        data={[
          { value: 'company', label: t('scope.company') },
          { value: 'department', label: t('scope.department'), disabled: !departmentId },
          { value: 'mine', label: t('scope.mine') },
        ]}
        w="fit-content"
        size={phone ? 'xs' : 'sm'}
      />
      {phone ? (
        <>
          <Button
            variant="default"
            size="xs"
            w="fit-content"
            leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
            aria-expanded={filtersOpen}
            aria-controls="feed-filters"
            onClick={filtersToggle.toggle}
          >
            {activeFilters ? t('filters.withCount', { count: activeFilters }) : t('filters.button')}
          </Button>
          <Collapse expanded={filtersOpen} id="feed-filters">
            <FeedFilters value={filters} onChange={setFilters} onClear={activeFilters ? clearFilters : undefined} />
          </Collapse>
        </>
      ) : (
        <FeedFilters value={filters} onChange={setFilters} onClear={activeFilters ? clearFilters : undefined} />
      )}
      <Feed
        viewerId={session.employee.id}
        query={{
          scope,
          departmentId: scope === 'department' ? departmentId : undefined,
          valueId: filters.valueId ?? undefined,
          channel: (filters.channel ?? undefined) as never,
          featured: filters.featured || undefined,
          from: filters.from || undefined,
          to: filters.to || undefined,
        }}
        showCount={activeFilters > 0}
        emptyText={scope === 'mine' ? t('emptyMine') : undefined}
      />
    </Stack>
  );
}
