import * as React from 'react';
import {
  CheckboxVisibility,
  DetailsList,
  DetailsListLayoutMode,
  Selection,
  SelectionMode,
  type IDetailsRowProps,
} from '@fluentui/react/lib/DetailsList';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { ISelectableTableProps } from './ISelectableTableProps';
import { classes, linkedRowClass } from './SelectableTable.styles';

/**
 * A list view's table: rows with check boxes (click, Space, Shift and Ctrl as in SharePoint), reporting
 * the ids of the selected rows. The row a link named (`focusId`) is highlighted and takes focus.
 */
export function SelectableTable<T>({
  items,
  columns,
  idOf,
  ariaLabel,
  onSelectionChanged,
  focusId,
}: ISelectableTableProps<T>): React.ReactElement {
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
  const linked = linkedRowClass(useTheme());
  const focusIndex = focusId === undefined ? -1 : keyed.findIndex((r) => r.key === String(focusId));
  const renderRow = (props?: IDetailsRowProps, render?: (p?: IDetailsRowProps) => JSX.Element | null): JSX.Element | null => {
    if (!props || !render) return null;
    if (props.itemIndex !== focusIndex) return render(props);
    const marked: IDetailsRowProps & { 'aria-current': string } = { ...props, className: linked, 'aria-current': 'true' };
    return render(marked);
  };
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
        onRenderRow={renderRow}
        initialFocusedIndex={focusIndex >= 0 ? focusIndex : undefined}
      />
    </div>
  );
}
