import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'CopDirectoryWebPartStrings';
import { contactLinks, hasContact } from '../../../../domain/programmeContact';
import { fill } from '../../../../ui/format';
import type { IProgrammeContactProps } from './IProgrammeContactProps';
import { getProgrammeContactClassNames } from './ProgrammeContact.styles';

/**
 * "Questions or ideas? Contact the Head of Communities of Practice": the programme's own contact,
 * with mail and phone links built only from a real address and number. Nothing when none is set.
 */
export const ProgrammeContactView: React.FC<IProgrammeContactProps> = ({ contact }) => {
  const classes = getProgrammeContactClassNames(useTheme());
  if (!hasContact(contact)) return null;
  const links = contactLinks(contact);
  const role = contact.role.trim();
  const name = contact.name.trim();
  return (
    <aside className={classes.root} aria-label={strings.ContactRegionLabel}>
      <h3 className={classes.heading}>{strings.ContactHeading}</h3>
      <p className={classes.text} dir="auto">
        {role ? fill(strings.ContactRole, role) : strings.ContactSomeone}
        {name && (
          <>
            : <strong>{name}</strong>
          </>
        )}
      </p>
      <ul className={classes.ways}>
        {links.mailto && (
          <li>
            <Link href={links.mailto} underline>
              {contact.email.trim()}
            </Link>
          </li>
        )}
        {links.tel && (
          <li>
            <Link href={links.tel} underline aria-label={fill(strings.ContactPhoneLabel, contact.phone.trim())}>
              {contact.phone.trim()}
            </Link>
          </li>
        )}
      </ul>
    </aside>
  );
};
