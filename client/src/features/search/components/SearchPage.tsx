import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { SEARCH_MAX_LENGTH } from '../api/search';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';

/** /search?q=…: the address holds the query, so a result page can be shared and Back goes to the previous query. */
export function SearchPage() {
  const { t } = useTranslation('search');
  const [params] = useSearchParams();
  // An address typed by hand may be longer than the server takes: search its first part rather than show an error.
  const q = (params.get('q') ?? '').trim().slice(0, SEARCH_MAX_LENGTH).trim();
  return (
    <Box maw={820}>
      <PageHeader title={q ? t('page.titleFor', { q }) : t('page.title')} />
      <Box mb="lg">
        <SearchBox key={q} initial={q} autoFocus={!q} size="md" label={t('placeholder')} region={t('page.again')} />
      </Box>
      <SearchResults q={q} />
    </Box>
  );
}
