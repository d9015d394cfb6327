export { SelectableTable } from './SelectableTable';
export type { ISelectableTableProps } from './ISelectableTableProps';
