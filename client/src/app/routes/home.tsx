import { Button, Collapse, Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconPencilPlus, IconPresentation } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../features/profile/api/get-me';
import { WelcomeCard } from '../../features/profile/components/WelcomeCard';
import { Feed } from '../../features/stories/components/Feed';
import { FeedFilters, type FeedFilterValues } from '../../features/stories/components/FeedFilters';
import { useSession } from '../../lib/auth-session';

type Scope = 'company' | 'department' | 'mine';

/** Home is the feed: the company's hero stories, my department's, or the ones I told. */
export default function HomeRoute() {
  const session = useSession();
  const me = useMe();
  const [scope, setScope] = useState<Scope>('company');
  const [filters, setFilters] = useState<FeedFilterValues>({ valueId: null, channel: null, featured: false, from: '', to: '' });
  // On a phone the filters fold behind one button, so the first story is on the first screen.
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [filtersOpen, filtersToggle] = useDisclosure(false);
  if (session.status !== 'signed-in') return null;
  const activeFilters = [filters.valueId, filters.channel, filters.featured || null, filters.from || null, filters.to || null].filter(Boolean).length;
  const departmentId = me.data?.department.id;

  return (
    <Stack gap={phone ? 'sm' : 'lg'} maw={820}>
      <WelcomeCard fallbackName={session.employee.name} />
      <Group justify="space-between" align="center">
        <Title order={2} fz={{ base: 'lg', sm: 'xl' }}>
          Hero stories
        </Title>
        <Group gap="sm">
          <Button component={Link} to="/huddle" variant="default" visibleFrom="sm" leftSection={<IconPresentation size={18} aria-hidden />}>
            Huddle mode
          </Button>
          <Button component={Link} to="/stories/new" leftSection={<IconPencilPlus size={18} aria-hidden />}>
            Tell a hero story
          </Button>
        </Group>
      </Group>
      <SegmentedControl
        aria-label="Whose stories"
        value={scope}
        onChange={(v) => setScope(v as Scope)}
        data={[
          { value: 'company', label: 'Company' },
          { value: 'department', label: 'My department', disabled: !departmentId },
          { value: 'mine', label: 'Told by me' },
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
            {activeFilters ? `Filters (${activeFilters})` : 'Filters'}
          </Button>
          <Collapse expanded={filtersOpen} id="feed-filters">
            <FeedFilters value={filters} onChange={setFilters} />
          </Collapse>
        </>
      ) : (
        <FeedFilters value={filters} onChange={setFilters} />
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
        emptyText={scope === 'mine' ? 'You have not told a story yet. Whose work made a customer’s day?' : undefined}
      />
    </Stack>
  );
}
