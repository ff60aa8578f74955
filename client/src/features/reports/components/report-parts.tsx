import { Button, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/problem';
import { useDownloadReportCsv } from '../api/download-report-csv';
import type { ReportFilters, ReportName } from '../api/report-filters';
import { formatNumber } from '../../../lib/intl';
import { i18n } from '../../../lib/i18n';

export const percent = (share: number | null | undefined) =>
  share === null || share === undefined ? '—' : formatNumber(share, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
export const years = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : i18n.t('reports:years', { value: formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });

/** A report section: an h2, how its figures are defined, and its charts and tables. */
export function ReportSection({ id, title, definition, children }: { id: string; title: string; definition: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={`${id}-title`}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} id={`${id}-title`} fz={22}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {definition}
          </Text>
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

/** A chart with a visible caption; the table next to it carries the same numbers for screen readers. */
export function ChartFigure({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <figure style={{ margin: 0 }}>
      <figcaption>
        <Text fw={600} size="sm" mb="xs">
          {caption}
        </Text>
      </figcaption>
      <div aria-hidden="true">{children}</div>
    </figure>
  );
}

export function DownloadCsvButton({ report, table, filters, label }: { report: ReportName; table: string; filters: ReportFilters; label: string }) {
  const { t } = useTranslation('reports');
  const download = useDownloadReportCsv();
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconDownload size={14} aria-hidden />}
      loading={download.isPending}
      aria-label={t('download.label', { what: label })}
      onClick={() =>
        download.mutate(
          { report, table, filters },
          { onError: (error) => notifications.show({ color: 'red', title: t('download.failed'), message: problemMessage(error) }) },
        )
      }
    >
      {t('download.button')}
    </Button>
  );
}

/** A captioned table with its own CSV download. */
export function ReportTable({ caption, download, head, rows }: { caption: string; download: ReactNode; head: string[]; rows: ReactNode[][] }) {
  const { t } = useTranslation('reports');
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap">
        <Text fw={600} size="sm">
          {caption}
        </Text>
        {download}
      </Group>
      {/* On a phone the table scrolls sideways; with no controls inside, the scroller itself takes focus so keys can scroll it. */}
      <ScrollArea
        type="auto"
        viewportProps={{ tabIndex: 0, role: 'group', 'aria-label': caption, className: 'mantine-focus-auto', style: { outlineOffset: -2 } }}
      >
        <Table striped withTableBorder fz="sm" miw={480} aria-label={caption}>
          <Table.Thead>
            <Table.Tr>
              {head.map((h, i) => (
                <Table.Th key={h} ta={i === 0 ? 'left' : 'right'} scope="col">
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={head.length}>
                  <Text size="sm" c="dimmed">
                    {t('nothing')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              rows.map((cells, r) => (
                <Table.Tr key={r}>
                  {cells.map((cell, i) =>
                    i === 0 ? (
                      <Table.Th key={i} scope="row" fw={500}>
                        {cell}
                      </Table.Th>
                    ) : (
                      <Table.Td key={i} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {cell}
                      </Table.Td>
                    ),
                  )}
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Stack>
  );
}

export function Stat({ label, value, hint }: { label: string; value: ReactNode; hint?: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={24} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}
