import * as React from 'react';
import { CheckboxVisibility, DetailsList, DetailsListLayoutMode, Selection, SelectionMode } from '@fluentui/react/lib/DetailsList';
import type { ISelectableTableProps } from './ISelectableTableProps';
import { classes } from './SelectableTable.styles';

/**
 * A list view's table: rows with check boxes (click, Space, Shift and Ctrl as in SharePoint), reporting
 * the ids of the selected rows.
 */
export function SelectableTable<T>({ items, columns, idOf, ariaLabel, onSelectionChanged }: ISelectableTableProps<T>): React.ReactElement {
  const changed = React.useRef(onSelectionChanged);
  changed.current = onSelectionChanged;
  const selection = React.useMemo((): Selection => {
    const created: Selection = new Selection({
      onSelectionChanged: (): void => changed.current(created.getSelection().map((r) => Number(r.key))),
    });
    return created;
  }, []);
  const idRef = React.useRef(idOf);
  idRef.current = idOf;
  // DetailsList hands new rows to the selection itself, which keeps what is still there selected.
  const keyed = React.useMemo(() => items.map((r) => ({ ...r, key: String(idRef.current(r)) })), [items]);
  // Values wrap instead of ending in "…", so a narrow pane (a 320 px Teams tab) still reads in full.
  const wrapping = React.useMemo(() => columns.map((c) => ({ isMultiline: true, ...c })), [columns]);
  return (
    <div className={classes.table}>
      <DetailsList
        items={keyed}
        columns={wrapping}
        selection={selection}
        selectionMode={SelectionMode.multiple}
        checkboxVisibility={CheckboxVisibility.always}
        layoutMode={DetailsListLayoutMode.justified}
        ariaLabelForGrid={ariaLabel}
        ariaLabelForSelectAllCheckbox={ariaLabel}
        ariaLabelForSelectionColumn={ariaLabel}
        checkButtonAriaLabel={ariaLabel}
        setKey="id"
      />
    </div>
  );
}
