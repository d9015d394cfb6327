import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CommunityHomeWebPartStrings';
import { groupMembers } from '../../../../domain/memberGroups';
import type { Person } from '../../../../domain/models';
import { PersonName } from '../../../../ui/components/PersonName';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { fill } from '../../../../ui/format';
import { usePaged } from '../../../../ui/hooks/usePaged';
import { getCommunityMembersClassNames } from './CommunityMembers.styles';
import type { ICommunityMembersProps } from './ICommunityMembersProps';

const Group: React.FC<{ id: string; title: string; people: Person[]; className: string; listClassName: string }> = ({ id, title, people, className, listClassName }) => (
  <div className={className}>
    <Text as="h4" variant="mediumPlus" id={id} block>{fill(title, people.length)}</Text>
    {people.length === 0 ? (
      <Text>{strings.NobodyHere}</Text>
    ) : (
      <ul className={listClassName} aria-labelledby={id}>
        {people.map((p) => <li key={p.id}><PersonName person={p} eager /></li>)}
      </ul>
    )}
  </div>
);

/** Who is in the community: leaders, core and wider members, searchable, loaded a page at a time. */
export const CommunityMembers: React.FC<ICommunityMembersProps> = ({ community, memberships, refreshKey = 0 }) => {
  const classes = getCommunityMembersClassNames();
  const [text, setText] = React.useState('');
  const paged = usePaged((next) => memberships.ofCommunity(community.id, next), [memberships, community.id, refreshKey]);

  const body = ((): React.ReactNode => {
    if (paged.status === 'loading') return <LoadingView rows={3} />;
    if (paged.status === 'error') return <ErrorView error={paged.error} onRetry={paged.reload} />;
    const groups = groupMembers(community, paged.items, text);
    const found = groups.leaders.length + groups.core.length + groups.wider.length;
    return (
      <>
        <div aria-live="polite">{text.trim() !== '' && found === 0 && <Text block>{strings.NoMatchingMembers}</Text>}</div>
        <div className={classes.groups}>
          <Group id="members-leaders" title={strings.Leaders} people={groups.leaders} className={classes.group} listClassName={classes.list} />
          <Group id="members-core" title={strings.CoreMembers} people={groups.core} className={classes.group} listClassName={classes.list} />
          <Group id="members-wider" title={strings.WiderMembers} people={groups.wider} className={classes.group} listClassName={classes.list} />
        </div>
        {paged.error !== undefined && <ErrorView error={paged.error} onRetry={paged.loadMore} />}
        {paged.hasMore && <DefaultButton text={strings.LoadMoreMembers} onClick={paged.loadMore} disabled={paged.loadingMore} />}
      </>
    );
  })();

  return (
    <section aria-labelledby="community-members">
      <Text as="h3" variant="large" id="community-members" block>{strings.Members}</Text>
      <Text block variant="small">{strings.GardenersExplained}</Text>
      <SearchBox className={classes.search} placeholder={strings.SearchMembers} ariaLabel={strings.SearchMembers} value={text} onChange={(_, v) => setText(v ?? '')} />
      {body}
    </section>
  );
};
