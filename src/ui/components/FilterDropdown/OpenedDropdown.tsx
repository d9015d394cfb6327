import * as React from 'react';
import { Dropdown, type IDropdown, type IDropdownProps } from '@fluentui/react/lib/Dropdown';

/** Fluent's Dropdown, opened and focused when it replaces the light face that was clicked. */
const OpenedDropdown: React.FC<IDropdownProps & { openOnMount: boolean }> = ({ openOnMount, ...props }) => {
  const ref = React.useRef<IDropdown>(null);
  React.useEffect(() => {
    if (openOnMount) ref.current?.focus(true);
  }, []);
  return <Dropdown {...props} componentRef={ref} />;
};

export default OpenedDropdown;
