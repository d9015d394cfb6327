import type { IColumn } from '@fluentui/react/lib/DetailsList';

export interface ISelectableTableProps<T> {
  /** The rows. */
  items: T[];
  /** Column definitions (onRender reads a row). */
  columns: IColumn[];
  /** The list item id of a row: what commands act on. */
  idOf: (row: T) => number;
  /** Accessible name of the table. */
  ariaLabel: string;
  /** Called with the ids of the selected rows whenever the selection changes. */
  onSelectionChanged: (ids: number[]) => void;
  /** The id of the row a link named: highlighted (aria-current) and focused when the table mounts. */
  focusId?: number;
}
