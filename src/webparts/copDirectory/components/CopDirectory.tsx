import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CopDirectoryWebPartStrings';
import { SetupGate } from '../../../ui/components/SetupGate';
import { ErrorView, LoadingView } from '../../../ui/components/StatusViews';
import { useAsync } from '../../../ui/hooks/useAsync';
import type { ICopDirectoryProps } from './ICopDirectoryProps';

const CommunityList: React.FC<ICopDirectoryProps> = ({ services }) => {
  const { state, reload } = useAsync(() => services.communities.all(), [services]);
  if (state.status === 'loading') return <LoadingView rows={5} />;
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;
  if (state.data.length === 0) {
    return (
      <div role="status">
        <Text variant="large" block>{strings.EmptyTitle}</Text>
        <Text block>{strings.EmptyBody}</Text>
      </div>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text>{strings.CommunitiesCount.replace('{0}', String(state.data.length))}</Text>
      <ul aria-label={strings.DefaultTitle}>
        {state.data.map((c) => (
          <li key={c.id}>
            <Text variant="mediumPlus">{c.title}</Text>{' '}
            <Text variant="small">
              {strings.PracticeAreaLabel}: {c.practiceArea} · {strings.StatusLabel}: {c.status}
            </Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
};

/** The CoP directory: every community staff can discover and join. */
const CopDirectory: React.FC<ICopDirectoryProps> = (props) => (
  <section aria-labelledby="cop-directory-title">
    <Text as="h2" variant="xLarge" id="cop-directory-title" block>
      {props.title || strings.DefaultTitle}
    </Text>
    <SetupGate setup={props.services.setup}>
      <CommunityList {...props} />
    </SetupGate>
  </section>
);

export default CopDirectory;
