import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export const classes = mergeStyleSets({
  toolbar: { display: 'flex', gap: 16, alignItems: 'flex-end', flexWrap: 'wrap', margin: '8px 0' },
  // min(…, 100%): at 320 px the search box and filter fit the column instead of widening the page.
  search: { minWidth: 'min(280px, 100%)', flex: '1 1 280px' },
  status: { minWidth: 'min(200px, 100%)' },
  count: { color: '#605e5c', margin: '8px 0' },
  missing: { color: '#a4262c', fontWeight: 600 },
  lapsed: { color: '#a4262c' },
  healthy: { color: '#107c10', fontWeight: 600 },
  watch: { color: '#8a5a00', fontWeight: 600 },
  atRisk: { color: '#a4262c', fontWeight: 600 },
  table: { overflowX: 'auto' },
});
