import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export interface IFindColleaguesClassNames {
  controls: string;
  kind: string;
  topic: string;
  results: string;
}

export const getFindColleaguesClassNames = (): IFindColleaguesClassNames =>
  mergeStyleSets({
    // Side by side where there is room; stacked on a narrow Teams tab.
    controls: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', margin: '8px 0' },
    kind: { flex: '0 1 240px', minWidth: 0 },
    topic: { flex: '1 1 200px', minWidth: 0, maxWidth: 360 },
    results: { listStyle: 'none', margin: '8px 0', padding: 0, lineHeight: '1.8em' },
  });
