import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export const classes = mergeStyleSets({
  toolbar: { display: 'flex', gap: 16, alignItems: 'flex-end', flexWrap: 'wrap', margin: '8px 0' },
  // min(…, 100%): at 320 px the search box and filter fit the column instead of widening the page.
  search: { minWidth: 'min(280px, 100%)', flex: '1 1 280px' },
  status: { minWidth: 'min(200px, 100%)' },
  check: { display: 'inline-flex', alignItems: 'center', gap: 8, minHeight: 32, fontSize: 14, cursor: 'pointer' },
  count: { color: '#605e5c', margin: '8px 0' },
  missing: { color: '#a4262c', fontWeight: 600 },
  lapsed: { color: '#a4262c' },
  healthy: { color: '#107c10', fontWeight: 600 },
  watch: { color: '#8a5a00', fontWeight: 600 },
  atRisk: { color: '#a4262c', fontWeight: 600 },
  table: { overflowX: 'auto' },
  // Fluent's DetailsList look: header row, light row rules, text that wraps rather than ending in "…".
  grid: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: 14,
    selectors: {
      th: { textAlign: 'left', fontWeight: 600, padding: '8px 12px 8px 8px', borderBottom: '1px solid #edebe9', verticalAlign: 'bottom' },
      td: { padding: '10px 12px 10px 8px', borderBottom: '1px solid #f3f2f1', verticalAlign: 'top', overflowWrap: 'anywhere' },
      'tbody tr:hover': { background: '#f3f2f1' },
    },
  },
  sort: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: 6,
    width: '100%',
    padding: 0,
    border: 'none',
    background: 'transparent',
    font: 'inherit',
    fontWeight: 600,
    color: 'inherit',
    textAlign: 'left',
    cursor: 'pointer',
    selectors: { ':hover': { textDecoration: 'underline' }, ':focus-visible': { outline: '2px solid #0078d4', outlineOffset: 2 } },
  },
  pager: { display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap', margin: '12px 0' },
});
