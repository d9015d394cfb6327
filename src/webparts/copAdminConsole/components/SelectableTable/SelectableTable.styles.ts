import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export const classes = mergeStyleSets({
  table: { overflowX: 'auto' },
});
