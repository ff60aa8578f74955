import { Anchor, Button, Center, Paper, Skeleton, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/dates';
import type { AuditEntry } from '../api/list-audit';
import { useTranslation } from 'react-i18next';

function Subject({ subject }: { subject: AuditEntry['subject'] }) {
  const label = subject.name ? `${subject.typeLabel}: ${subject.name}` : subject.typeLabel;
  return subject.type === 'employee' && subject.name ? (
    <Anchor component={Link} to={`/roster/${subject.id}`} size="sm">
      {label}
    </Anchor>
  ) : (
    <Text size="sm">{label}</Text>
  );
}

/** The entries newest first: when (in the reader's date-time format), who, what in words, and what it was about. */
export function AuditLogTable({
  entries,
  loading,
  hasMore,
  loadingMore,
  onLoadMore,
}: {
  entries: AuditEntry[];
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}) {
  const { t } = useTranslation('audit');
  if (loading) return <Skeleton h={240} />;
  return (
    <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
      {/* At phone width the table scrolls sideways inside its frame; the page itself does not. */}
      <Table.ScrollContainer minWidth={720}>
        <Table striped verticalSpacing="xs">
          <Table.Caption>{t('table.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('table.when')}</Table.Th>
              <Table.Th scope="col">{t('table.who')}</Table.Th>
              <Table.Th scope="col">{t('table.what')}</Table.Th>
              <Table.Th scope="col">{t('table.subject')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text size="sm">{t('table.empty')}</Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </Table.Td>
                  <Table.Td>{entry.actor.name}</Table.Td>
                  <Table.Td>{entry.actionLabel}</Table.Td>
                  <Table.Td>
                    <Subject subject={entry.subject} />
                  </Table.Td>
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {hasMore && (
        <Center mt="md">
          <Button variant="default" loading={loadingMore} onClick={onLoadMore}>
            {t('table.more')}
          </Button>
        </Center>
      )}
    </Paper>
  );
}
