import { Box } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';

/** /search?q=…: the address holds the query, so a result page can be shared and Back goes to the previous query. */
export function SearchPage() {
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  return (
    <Box maw={820}>
      <PageHeader title={q ? `Search: ${q}` : 'Search'} />
      <Box mb="lg">
        <SearchBox key={q} initial={q} autoFocus={!q} size="md" label="Search stories and people" region="Search again" />
      </Box>
      <SearchResults q={q} />
    </Box>
  );
}
