import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'CopAdminConsoleWebPartStrings';
import { COMMUNITY_STATUSES, type CommunityStatus } from '../../../../domain/models';
import { STAGE_NAME_MAX, type StageNames } from '../../../../domain/programme';
import { ErrorView, LoadingView } from '../../../../ui/components/StatusViews';
import { describeError } from '../../../../ui/errors';
import { fill } from '../../../../ui/format';
import { useAsync } from '../../../../ui/hooks/useAsync';
import { DEFAULT_STAGE_NAMES } from '../../../../ui/stageNames';
import type { IProgrammeWordsProps } from './IProgrammeWordsProps';
import { classes } from './ProgrammeWords.styles';
import { useId } from '../../../../ui/hooks/useId';

/**
 * The programme's own words, in one place: what each stage is called on this site (blank keeps
 * CoP Hub's words), and the practice areas people choose from (kept in the Practice Areas list).
 */
export const ProgrammeWords: React.FC<IProgrammeWordsProps> = ({ programme }) => {
  const copPracticeAreasId = useId('cop-practice-areas');
  const copStageNamesId = useId('cop-stage-names');
  const { state, reload } = useAsync(() => programme.settings(), [programme]);
  const [names, setNames] = React.useState<StageNames>({});
  const [saving, setSaving] = React.useState(false);
  const [outcome, setOutcome] = React.useState<{ ok: boolean; text: string }>();
  const loaded = state.status === 'ready' ? state.data : undefined;
  React.useEffect(() => {
    if (loaded) setNames(loaded.stageNames);
  }, [loaded]);

  if (state.status === 'loading') return <LoadingView rows={3} />;
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={reload} />;

  const save = async (e: React.FormEvent): Promise<void> => {
    e.preventDefault();
    setSaving(true);
    setOutcome(undefined);
    try {
      // Every stage is sent: a cleared box goes back to CoP Hub's words.
      const all = Object.fromEntries(COMMUNITY_STATUSES.map((s) => [s, names[s] ?? ''])) as StageNames;
      setNames(await programme.renameStages(all));
      setOutcome({ ok: true, text: strings.StageNamesSaved });
    } catch (error) {
      setOutcome({ ok: false, text: describeError(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={classes.root}>
      <form
        className={classes.root}
        aria-labelledby={copStageNamesId}
        onSubmit={(e) => {
          save(e).catch(() => undefined); // save shows its own errors
        }}
      >
        <Text as="h3" variant="large" id={copStageNamesId} block>
          {strings.StageNamesHeading}
        </Text>
        <Text block>{strings.StageNamesIntro}</Text>
        {COMMUNITY_STATUSES.map((s: CommunityStatus) => (
          <TextField
            key={s}
            label={fill(strings.StageNameLabel, DEFAULT_STAGE_NAMES[s])}
            placeholder={DEFAULT_STAGE_NAMES[s]}
            maxLength={STAGE_NAME_MAX}
            value={names[s] ?? ''}
            onChange={(_, v) => setNames((n) => ({ ...n, [s]: v ?? '' }))}
          />
        ))}
        {outcome && (
          <MessageBar messageBarType={outcome.ok ? MessageBarType.success : MessageBarType.error} role="status">
            {outcome.text}
          </MessageBar>
        )}
        <div className={classes.actions}>
          <PrimaryButton type="submit" disabled={saving}>
            {saving ? strings.StageNamesSaving : strings.StageNamesSave}
          </PrimaryButton>
        </div>
      </form>
      <section aria-labelledby={copPracticeAreasId}>
        <Text as="h3" variant="large" id={copPracticeAreasId} block>
          {strings.PracticeAreasHeading}
        </Text>
        <Text block>{strings.PracticeAreasIntro}</Text>
        {loaded && loaded.practiceAreas.length > 0 ? (
          <ul className={classes.areas}>
            {loaded.practiceAreas.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        ) : (
          <MessageBar>{strings.PracticeAreasNone}</MessageBar>
        )}
      </section>
    </div>
  );
};
