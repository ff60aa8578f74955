import { ActionIcon, Box } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { SearchBox } from './SearchBox';

/** The header's search: a box from tablet width up; on a phone an icon that opens the search page and its box. */
export function HeaderSearch() {
  const { t } = useTranslation('search');
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const current = pathname === '/search' ? (params.get('q') ?? '') : '';
  return (
    <>
      <Box visibleFrom="sm" w={{ sm: 240, md: 320 }}>
        {/* A new box per query, so the header shows what the results page shows (and Back restores it). */}
        <SearchBox key={current} initial={current} />
      </Box>
      <ActionIcon component={Link} to="/search" hiddenFrom="sm" variant="subtle" color="gray" size="lg" aria-label={t('placeholder')}>
        <IconSearch size={20} aria-hidden />
      </ActionIcon>
    </>
  );
}
