import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'CommunityHomeWebPartStrings';
import { findColleagues, type ColleagueSearch } from '../../../../domain/knowledgeMap';
import { PersonName } from '../../../../ui/components/PersonName';
import { fill } from '../../../../ui/format';
import { plural } from '../../../../ui/plural';
import { getFindColleaguesClassNames } from './FindColleagues.styles';
import type { IFindColleaguesProps } from './IFindColleaguesProps';
import { useId } from '../../../../ui/hooks/useId';

type Kind = ColleagueSearch['kind'];
const kinds: IDropdownOption[] = [
  { key: 'canHelpWith', text: strings.FindCanHelp },
  { key: 'wantsToLearn', text: strings.FindWantsToLearn },
  { key: 'samePracticeArea', text: strings.FindSameArea },
];

/** "Find colleagues": who can help with X, who wants to learn Y, who works in my practice area. */
export const FindColleagues: React.FC<IFindColleaguesProps> = ({ profiles, me, myPracticeArea }) => {
  const communityFindColleaguesId = useId('community-find-colleagues');
  const classes = getFindColleaguesClassNames();
  const [kind, setKind] = React.useState<Kind>('canHelpWith');
  const [text, setText] = React.useState('');
  const search: ColleagueSearch = kind === 'samePracticeArea' ? { kind, practiceArea: myPracticeArea } : { kind, text };
  const found = React.useMemo(() => findColleagues(profiles, search, me), [profiles, kind, text, myPracticeArea, me]);

  let outcome: React.ReactNode;
  if (kind === 'samePracticeArea' && !myPracticeArea.trim()) outcome = <Text block>{strings.FindNoPracticeArea}</Text>;
  else if (kind !== 'samePracticeArea' && !text.trim()) outcome = <Text block>{strings.FindTypeSomething}</Text>;
  else if (found.length === 0) outcome = <Text block>{strings.FindNobody}</Text>;
  else {
    outcome = (
      <>
        <Text block>{plural(strings.FindResults, found.length)}</Text>
        <ul className={classes.results} aria-label={strings.FindColleagues}>
          {found.map((m) => (
            <li key={m.person.id}>
              <PersonName person={m.person} /> <Text variant="small">{fill(strings.MatchedTopics, m.matched.join(', '))}</Text>
            </li>
          ))}
        </ul>
      </>
    );
  }

  return (
    <section aria-labelledby={communityFindColleaguesId}>
      <Text as="h3" variant="large" id={communityFindColleaguesId} block>
        {strings.FindColleagues}
      </Text>
      <div className={classes.controls}>
        <Dropdown
          className={classes.kind}
          label={strings.FindColleaguesLabel}
          options={kinds}
          selectedKey={kind}
          onChange={(_, o) => o && setKind(o.key as Kind)}
        />
        {kind !== 'samePracticeArea' && (
          <SearchBox
            className={classes.topic}
            ariaLabel={strings.FindTopic}
            placeholder={strings.FindTopicPlaceholder}
            value={text}
            onChange={(_, v) => setText(v ?? '')}
          />
        )}
      </div>
      <div aria-live="polite">{outcome}</div>
    </section>
  );
};
