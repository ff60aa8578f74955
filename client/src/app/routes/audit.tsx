import { Badge, Button, CloseButton, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { ErrorPanel } from '../../components/ui/error-panel';
import { PageHeader } from '../../components/ui/page-header';
import { AuditFiltersBar, AuditLogTable, auditFilterParams, auditFiltersFrom, useAuditLog, useExportAuditCsv, type AuditFilters } from '../../features/audit';
import { employeeQueryOptions } from '../../features/employees/api/get-employee';
import { ManagerPicker } from '../../features/employees/components/ManagerPicker';
import { problemMessage } from '../../lib/problem';
import { useTranslation } from 'react-i18next';

/** Who did what, when: the filters live in the address, so a view survives a reload, the back button and a shared link. */
export default function AuditRoute() {
  const { t } = useTranslation('audit');
  const [params, setParams] = useSearchParams();
  const filters = auditFiltersFrom(params);
  // Each change patches the address as it is now (React Router's function form reads the last render's, so two
  // quick edits would each undo the other).
  const change = (changes: Partial<AuditFilters>) => {
    const current = new URLSearchParams(window.location.search);
    setParams(auditFilterParams({ ...auditFiltersFrom(current), ...changes }, current));
  };
  const log = useAuditLog(filters);
  const exportCsv = useExportAuditCsv();
  // The chosen person's name after a reload, when only their id is in the address.
  const actor = useQuery({ ...employeeQueryOptions(filters.actorId ?? ''), enabled: !!filters.actorId });

  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const first = log.data?.pages[0];
  const subjectName = entries.find((e) => e.subject.id === filters.subjectId)?.subject.name;
  const count = first?.count ?? null;
  const summary = log.isPending
    ? t('filters.loading')
    : count === null
      ? t('page.showing', { count: entries.length })
      : first?.countCapped
        ? t('page.showingOfAtLeast', { shown: entries.length, count })
        : t('page.showingOf', { shown: entries.length, count });

  return (
    <>
      <PageHeader
        title={t('page.title')}
        description={t('page.description')}
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden />}
            loading={exportCsv.isPending}
            onClick={() =>
              exportCsv.mutate(filters, {
                onError: (error) => notifications.show({ color: 'red', title: t('page.notExported'), message: problemMessage(error) }),
              })
            }
          >
            {t('page.export')}
          </Button>
        }
      />
      <AuditFiltersBar
        value={filters}
        onChange={change}
        personPicker={
          <ManagerPicker
            label={t('table.who')}
            description=""
            width={{ base: '100%', sm: 240 }}
            value={filters.actorId}
            current={filters.actorId && actor.data ? { id: actor.data.id, name: actor.data.name } : null}
            onChange={(actorId) => change({ actorId })}
          />
        }
      />
      {filters.subjectId && (
        <Group gap="xs" mb="md">
          <Badge
            variant="light"
            size="lg"
            tt="none"
            rightSection={<CloseButton size="xs" aria-label={t('page.anyone')} onClick={() => change({ subjectId: null })} />}
          >
            {subjectName ? t('page.about', { name: subjectName }) : t('page.aboutOne')}
          </Badge>
        </Group>
      )}
      {log.isError ? (
        <ErrorPanel message={problemMessage(log.error)} onRetry={() => void log.refetch()} />
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
            {summary}
          </Text>
          <AuditLogTable
            entries={entries}
            loading={log.isPending}
            hasMore={!!log.hasNextPage}
            loadingMore={log.isFetchingNextPage}
            onLoadMore={() => void log.fetchNextPage()}
          />
        </>
      )}
    </>
  );
}
