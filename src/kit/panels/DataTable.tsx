/**
 * One table of numbers, rows × columns, the way every lesson's tables are built: a header
 * row (`corner` above the row labels, then one header per column), and per row a header
 * cell and `cell(row, column)` for each column. `ink` colours a header (a series' colour);
 * `cellTestId` names a cell for the e2e tests. A table wider than the page (on a phone)
 * scrolls sideways in its own box, a keyboard stop named by the caption (ScrollRegion).
 */
import { useId, type ReactNode } from 'react';
import { ScrollRegion } from './ScrollRegion';

export interface TableAxis {
  key: string;
  head: ReactNode;
  ink?: string;
}

interface DataTableProps<R extends TableAxis, C extends TableAxis> {
  caption: ReactNode;
  corner: ReactNode;
  columns: readonly C[];
  rows: readonly R[];
  cell: (row: R, column: C) => ReactNode;
  cellTestId?: (row: R, column: C) => string | undefined;
  className?: string;
  testId?: string;
}

const inked = (a: TableAxis) => (a.ink ? { color: a.ink } : undefined);

export function DataTable<R extends TableAxis, C extends TableAxis>({
  caption,
  corner,
  columns,
  rows,
  cell,
  cellTestId,
  className,
  testId,
}: DataTableProps<R, C>) {
  const captionId = useId();
  return (
    <ScrollRegion className="table-scroll" labelledBy={captionId}>
      <table className={className} data-testid={testId}>
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col" style={inked(c)}>
                {c.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" style={inked(r)}>
                {r.head}
              </th>
              {columns.map((c) => (
                <td key={c.key} data-testid={cellTestId?.(r, c)}>
                  {cell(r, c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
