/**
 * The workbench's property panel for the CoP directory: it edits the web part's own properties
 * (src/webparts/copDirectory/directoryProperties.ts), which the page maps to props with the web
 * part's own directoryProps, so the two cannot drift.
 */
import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Slider } from '@fluentui/react/lib/Slider';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { Toggle } from '@fluentui/react/lib/Toggle';
import type { DirectoryLayout } from '../../src/domain/directoryUrl';
import type { CommunityStatus } from '../../src/domain/models';
import { DIRECTORY_DEFAULTS, type ICopDirectoryWebPartProps } from '../../src/webparts/copDirectory/directoryProperties';

type DirectoryPropertyValues = ICopDirectoryWebPartProps;

/** The web part's defaults, with what the address asks for and this workbench's own pages and contact. */
export function initialDirectoryProperties(params: URLSearchParams): DirectoryPropertyValues {
  return {
    ...DIRECTORY_DEFAULTS,
    title: params.get('title') ?? DIRECTORY_DEFAULTS.title,
    groupByPracticeArea: params.get('group') === 'area',
    pageSize: Number(params.get('pageSize')) || DIRECTORY_DEFAULTS.pageSize,
    // The workbench's own community home page stands in for the hub's SitePages page.
    communityPageUrl: '/community?community={id}',
    // The demo programme's contact: the POD team's lead (a fictional 020 7946 number).
    contactName: 'Priya Desai',
    contactEmail: 'priya.desai@cophub.example',
    contactPhone: '+44 20 7946 0123',
  };
}

const STAGES: Array<[CommunityStatus | '', string]> = [
  ['', 'Any stage'],
  ['forming', 'Forming'],
  ['launched', 'Launched'],
  ['dormant', 'Dormant'],
  ['closed', 'Closed'],
];

export const DirectoryProperties: React.FC<{ value: DirectoryPropertyValues; onChange: (v: DirectoryPropertyValues) => void }> = ({
  value,
  onChange,
}) => {
  const set = <K extends keyof DirectoryPropertyValues>(key: K, v: DirectoryPropertyValues[K]): void => onChange({ ...value, [key]: v });
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <TextField label="Title" value={value.title} onChange={(_, v) => set('title', v ?? '')} />
      <Dropdown
        label="Layout"
        selectedKey={value.defaultLayout}
        options={[
          { key: 'cards', text: 'Cards' },
          { key: 'list', text: 'Compact list' },
        ]}
        onChange={(_, o) => o && set('defaultLayout', o.key as DirectoryLayout)}
      />
      <Toggle label="Group by practice area" checked={value.groupByPracticeArea} onChange={(_, c) => set('groupByPracticeArea', !!c)} />
      <Slider
        label="Communities per page"
        min={6}
        max={60}
        step={6}
        showValue
        value={value.pageSize}
        onChange={(v) => set('pageSize', v)}
      />
      <TextField
        label="Starting practice area"
        value={value.defaultPracticeArea}
        onChange={(_, v) => set('defaultPracticeArea', v ?? '')}
      />
      <Dropdown
        label="Starting stage"
        selectedKey={value.defaultStatus}
        options={STAGES.map(([key, text]) => ({ key, text }))}
        onChange={(_, o) => o && set('defaultStatus', o.key as CommunityStatus | '')}
      />
      <Toggle label="Only the viewer's own communities" checked={value.defaultMineOnly} onChange={(_, c) => set('defaultMineOnly', !!c)} />
      <Toggle label="Show forming communities" checked={value.showForming} onChange={(_, c) => set('showForming', !!c)} />
      <Toggle label="Show closed communities" checked={value.showClosed} onChange={(_, c) => set('showClosed', !!c)} />
      <TextField label="Community page address" value={value.communityPageUrl} onChange={(_, v) => set('communityPageUrl', v ?? '')} />
      <TextField label="Contact role" value={value.contactRole} onChange={(_, v) => set('contactRole', v ?? '')} />
      <TextField label="Contact name" value={value.contactName} onChange={(_, v) => set('contactName', v ?? '')} />
      <TextField label="Contact email" value={value.contactEmail} onChange={(_, v) => set('contactEmail', v ?? '')} />
      <TextField label="Contact phone" value={value.contactPhone} onChange={(_, v) => set('contactPhone', v ?? '')} />
    </Stack>
  );
};
