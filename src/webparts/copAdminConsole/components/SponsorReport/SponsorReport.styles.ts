import { mergeStyleSets } from '@fluentui/react/lib/Styling';

/** Class names the print rules below refer to (plain, so the rules can name them). */
export const PRINT = { root: 'cop-sponsor-report', page: 'cop-sponsor-page', noPrint: 'cop-no-print' };

/**
 * Printing shows the report alone, one community per page: everything else on the SharePoint page
 * is hidden, and each community starts a new sheet.
 */
export const PRINT_CSS = `@media print {
  body * { visibility: hidden !important; }
  .${PRINT.root}, .${PRINT.root} * { visibility: visible !important; }
  .${PRINT.root} { position: absolute; left: 0; top: 0; width: 100%; }
  .${PRINT.page} { break-after: page; page-break-after: always; border: none !important; }
  .${PRINT.noPrint} { display: none !important; }
}`;

export const classes = mergeStyleSets({
  controls: { display: 'flex', gap: 16, alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: 16 },
  // min(…, 100%): a 320 px column keeps every control and block inside it.
  picker: { minWidth: 'min(260px, 100%)' },
  page: {
    padding: 'clamp(12px, 4vw, 24px)',
    overflowWrap: 'break-word',
    border: '1px solid #edebe9',
    marginBottom: 24,
    background: 'white',
    color: '#201f1e',
  },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(260px, 100%), 1fr))', gap: 16 },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    selectors: { 'th, td': { textAlign: 'left', padding: '2px 8px 2px 0', fontSize: 13 } },
  },
  bar: { height: 10, background: '#03787c', minWidth: 1, printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' },
  list: { margin: '4px 0', paddingLeft: 20, fontSize: 13 },
  status: { flexBasis: '100%' },
});
