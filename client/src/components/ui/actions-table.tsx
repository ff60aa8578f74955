import { Table, type TableProps, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A table of things one can act on (channels, receivers, budgets): a header per column, then an unnamed last
 * column for the row's buttons ("Actions" for screen readers), scrolling sideways below `minWidth`.
 */
export function ActionsTable({ minWidth, columns, children, ...table }: TableProps & { minWidth: number; columns: string[]; children: ReactNode }) {
  const { t } = useTranslation('ui');
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table {...table}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} scope="col">
                {column}
              </Table.Th>
            ))}
            <Table.Th scope="col">
              <VisuallyHidden>{t('actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
