import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export const classes = mergeStyleSets({
  bar: { display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', minHeight: 32, margin: '8px 0' },
  count: { color: '#605e5c', marginLeft: 4 },
});
