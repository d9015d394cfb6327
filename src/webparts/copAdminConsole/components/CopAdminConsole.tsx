import * as React from 'react';
import { MessageBar } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CopAdminConsoleWebPartStrings';
import { ErrorView, LoadingView } from '../../../ui/components/StatusViews';
import { useAsync } from '../../../ui/hooks/useAsync';
import type { ICopAdminConsoleProps } from './ICopAdminConsoleProps';
import { SetupPanel } from './SetupPanel';

/** The POD team's console. Others see a polite "not for you"; SharePoint enforces it either way. */
const CopAdminConsole: React.FC<ICopAdminConsoleProps> = ({ services }) => {
  const me = useAsync(() => services.people.me(), [services]);
  return (
    <section aria-labelledby="cop-admin-title">
      <Text as="h2" variant="xLarge" id="cop-admin-title" block>{strings.Title}</Text>
      {me.state.status === 'loading' && <LoadingView rows={2} />}
      {me.state.status === 'error' && <ErrorView error={me.state.error} onRetry={me.reload} />}
      {me.state.status === 'ready' && !me.state.data.isPodAdmin && <MessageBar>{strings.NotForYou}</MessageBar>}
      {me.state.status === 'ready' && me.state.data.isPodAdmin && <SetupPanel setup={services.setup} />}
    </section>
  );
};

export default CopAdminConsole;
