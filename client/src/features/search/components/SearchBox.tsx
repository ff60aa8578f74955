import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SEARCH_MAX_LENGTH } from '../api/search';

/** A search form that opens the results page (/search?q=…) as a new history entry, so Back returns here. */
export function SearchBox({
  initial = '',
  autoFocus,
  size = 'sm',
  label,
  region,
}: {
  initial?: string;
  autoFocus?: boolean;
  size?: 'sm' | 'md';
  label?: string;
  /** The search landmark's name: the header's and a page's must differ. */
  region?: string;
}) {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = value.trim();
    if (!q) return setError(t('empty'));
    setError(null);
    navigate(`/search?q=${encodeURIComponent(q)}`);
  };

  return (
    <form role="search" aria-label={region ?? t('region')} onSubmit={submit} style={{ width: '100%' }}>
      <TextInput
        type="search"
        size={size}
        label={label}
        aria-label={label ? undefined : t('placeholder')}
        placeholder={t('placeholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={value}
        maxLength={SEARCH_MAX_LENGTH}
        autoFocus={autoFocus}
        error={error}
        onChange={(event) => setValue(event.currentTarget.value)}
      />
    </form>
  );
}
