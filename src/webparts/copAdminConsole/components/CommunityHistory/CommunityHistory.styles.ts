import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export const classes = mergeStyleSets({
  picker: { maxWidth: 360, marginBottom: 12 },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    selectors: { 'th, td': { textAlign: 'left', padding: '6px 12px 6px 0', borderBottom: '1px solid #edebe9', verticalAlign: 'top' } },
  },
});
