import { Alert, Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { PersonAvatar } from '../../../components/ui/person-avatar';
import { problemMessage } from '../../../lib/problem';
import { useDepartmentOptions } from '../../departments';
import { usePeople, type DirectoryPerson } from '../api/list-people';

function PersonCard({ person }: { person: DirectoryPerson }) {
  const { t } = useTranslation('directory');
  return (
    <Card component="li" withBorder radius="md" padding="md">
      <Group gap="sm" wrap="nowrap">
        <PersonAvatar name={person.name} size={44} />
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={`/people/${person.id}`} fw={600} truncate>
            {person.name}
          </Anchor>
          <Text size="sm">{person.jobTitle || t('teamMember')}</Text>
          <Text size="sm" c="dimmed">
            {person.department.name}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}

/** Everyone still with the company, by name; the name and department filters live in the address (?q=&department=). */
export function PeopleDirectory() {
  const { t } = useTranslation('directory');
  const [params, setParams] = useSearchParams();
  const departmentId = params.get('department');
  const [name, setName] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(name.trim(), 250);
  const departments = useDepartmentOptions();

  // Typing replaces the address instead of adding one entry per letter; a department choice adds one (Back undoes it).
  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (q) next.set('q', q);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [q, setParams]);

  const chooseDepartment = (value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set('department', value);
      else next.delete('department');
      return next;
    });

  const people = usePeople({ q, departmentId });
  const items = people.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="lg">
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('name')}
          placeholder={t('namePlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={name}
          maxLength={100}
          onChange={(event) => setName(event.currentTarget.value)}
          w={{ base: '100%', sm: 280 }}
        />
        <Select
          label={t('department')}
          placeholder={t('everyDepartment')}
          data={departments}
          value={departmentId}
          onChange={chooseDepartment}
          clearable
          searchable
          w={{ base: '100%', sm: 280 }}
        />
      </Group>
      {people.isPending ? (
        <CenteredLoader label={t('loading')} />
      ) : people.isError ? (
        <Alert color="red" title={t('failed')}>
          {problemMessage(people.error)}
        </Alert>
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <>
          <SimpleGrid component="ul" aria-label={t('list')} cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((person) => (
              <PersonCard key={person.id} person={person} />
            ))}
          </SimpleGrid>
          {people.hasNextPage && (
            <Group justify="center">
              <Button variant="default" onClick={() => people.fetchNextPage()} loading={people.isFetchingNextPage}>
                {t('more')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
