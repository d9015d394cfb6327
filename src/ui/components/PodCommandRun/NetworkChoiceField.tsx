import * as React from 'react';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'CopHubSharedStrings';
import type { NetworkChoice } from '../../../domain/suggestionAcceptance';

/** What accepting existing networks makes of them: listed as launched, or a network the hub links to. */
export const NetworkChoiceField: React.FC<{
  /** How many of the selected suggestions are existing networks; linking takes one address, so one at a time. */
  networks: number;
  value: NetworkChoice;
  onChange: (choice: NetworkChoice) => void;
  disabled: boolean;
  /** The address's problem, once the person has tried to go ahead. */
  addressError?: string;
}> = ({ networks, value, onChange, disabled, addressError }) => {
  const lastUrl = React.useRef(value.kind === 'link' ? value.url : '');
  const options: IChoiceGroupOption[] = [
    { key: 'listLaunched', text: strings.PodNetworkListLaunched },
    { key: 'link', text: strings.PodNetworkLink, disabled: networks > 1 },
  ];
  return (
    <div>
      <ChoiceGroup
        label={strings.PodNetworkChoice}
        options={options}
        selectedKey={value.kind}
        disabled={disabled}
        onChange={(_, o) => onChange(o?.key === 'link' ? { kind: 'link', url: lastUrl.current } : { kind: 'listLaunched' })}
      />
      {networks > 1 && <p>{strings.PodNetworkLinkOnlyOne}</p>}
      {value.kind === 'link' && (
        <TextField
          label={strings.PodNetworkAddress}
          type="url"
          required
          value={value.url}
          disabled={disabled}
          placeholder="https://"
          onChange={(_, v) => {
            lastUrl.current = v ?? '';
            onChange({ kind: 'link', url: v ?? '' });
          }}
          errorMessage={addressError}
        />
      )}
    </div>
  );
};
