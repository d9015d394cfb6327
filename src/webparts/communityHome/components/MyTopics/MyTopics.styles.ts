import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export interface IMyTopicsClassNames {
  form: string;
  fields: string;
  field: string;
  actions: string;
}

export const getMyTopicsClassNames = (): IMyTopicsClassNames =>
  mergeStyleSets({
    form: { margin: '8px 0' },
    // Side by side where there is room; stacked on a narrow Teams tab.
    fields: { display: 'flex', flexWrap: 'wrap', gap: 12 },
    field: { flex: '1 1 220px', minWidth: 0 },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginTop: 8 },
  });
