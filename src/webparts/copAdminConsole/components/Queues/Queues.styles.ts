import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export const classes = mergeStyleSets({
  queue: { marginBottom: 32 },
  reached: { color: '#107c10', fontWeight: 600 },
});
