import * as React from 'react';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Toggle } from '@fluentui/react/lib/Toggle';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CopDirectoryWebPartStrings';
import { isFiltered } from '../../../../domain/directoryFilter';
import { URL_LIMITS } from '../../../../domain/directoryUrl';
import type { CommunityStatus } from '../../../../domain/models';
import { FilterDropdown } from '../../../../ui/components/FilterDropdown';
import { LightButton } from '../../../../ui/components/LightButton';
import { SearchField } from '../../../../ui/components/SearchField';
import { useStageName } from '../../../../ui/stageNames';
import { getDirectoryToolbarClassNames } from './DirectoryToolbar.styles';
import type { IDirectoryToolbarProps } from './IDirectoryToolbarProps';

/** Adds or removes one value of a multi-select filter, as Fluent's Dropdown reports it. */
function toggled<T>(values: readonly T[], value: T, selected: boolean | undefined): T[] {
  return selected ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value);
}

/** Search box, filters, "my communities", grouping and the layout switch. */
export const DirectoryToolbar: React.FC<IDirectoryToolbarProps> = ({
  query,
  facets,
  layout,
  grouped,
  onQueryChange,
  onLayoutChange,
  onGroupedChange,
  onClearFilters,
}) => {
  const classes = getDirectoryToolbarClassNames(useTheme());
  const stage = useStageName();
  const areaOptions: IDropdownOption[] = facets.practiceAreas.map((a) => ({ key: a, text: a }));
  const statusOptions: IDropdownOption[] = facets.statuses.map((s) => ({ key: s, text: stage(s) }));
  const sponsorOptions: IDropdownOption[] = facets.sponsors.map((p) => ({ key: p.id, text: p.displayName }));

  return (
    <div className={classes.root} role="search" aria-label={strings.SearchRegionLabel}>
      <SearchField
        className={classes.search}
        label={strings.SearchLabel}
        placeholder={strings.SearchPlaceholder}
        value={query.text}
        onChange={(text) => onQueryChange({ text })}
        // The same limit as the shared link's search text, so what is typed is what a link shares.
        maxLength={URL_LIMITS.text}
      />
      <div className={classes.filters}>
        <FilterDropdown
          className={classes.filter}
          label={strings.PracticeAreaLabel}
          placeholder={strings.AllPracticeAreas}
          multiSelect
          options={areaOptions}
          selectedKeys={query.practiceAreas}
          onChange={(_, o) => o && onQueryChange({ practiceAreas: toggled(query.practiceAreas, String(o.key), o.selected) })}
        />
        <FilterDropdown
          className={classes.filter}
          label={strings.StatusLabel}
          placeholder={strings.AllStatuses}
          multiSelect
          options={statusOptions}
          selectedKeys={query.statuses}
          onChange={(_, o) => o && onQueryChange({ statuses: toggled(query.statuses, o.key as CommunityStatus, o.selected) })}
        />
        <FilterDropdown
          className={classes.filter}
          label={strings.SponsorLabel}
          placeholder={strings.AllSponsors}
          multiSelect
          options={sponsorOptions}
          selectedKeys={query.sponsorIds}
          onChange={(_, o) => o && onQueryChange({ sponsorIds: toggled(query.sponsorIds, Number(o.key), o.selected) })}
        />
        <Toggle
          className={classes.toggle}
          label={strings.MineOnlyLabel}
          inlineLabel
          checked={query.mineOnly}
          onChange={(_, checked) => onQueryChange({ mineOnly: !!checked })}
        />
        <Toggle
          className={classes.toggle}
          label={strings.GroupByAreaLabel}
          inlineLabel
          checked={grouped}
          onChange={(_, checked) => onGroupedChange(!!checked)}
        />
        {isFiltered(query) && (
          <LightButton kind="action" iconName="ClearFilter" onClick={onClearFilters}>
            {strings.ClearFilters}
          </LightButton>
        )}
        <div className={classes.layout} role="group" aria-label={strings.LayoutLabel}>
          <LightButton
            className={classes.layoutButton}
            iconName="GridViewMedium"
            checked={layout === 'cards'}
            onClick={() => onLayoutChange('cards')}
          >
            {strings.LayoutCards}
          </LightButton>
          <LightButton className={classes.layoutButton} iconName="List" checked={layout === 'list'} onClick={() => onLayoutChange('list')}>
            {strings.LayoutList}
          </LightButton>
        </div>
      </div>
    </div>
  );
};
