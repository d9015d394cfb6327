/**
 * The programme's contact, as an editor sets it in the directory's properties ("Questions or ideas?
 * Contact the Head of Communities of Practice"). Property values are typed by page editors, so the
 * links are built only from values that are really an address and a phone number.
 */

export interface ProgrammeContact {
  /** The role people contact, e.g. "Head of Communities of Practice". */
  role: string;
  name: string;
  email: string;
  phone: string;
}

export interface ContactLinks {
  /** `mailto:` for a plain address (no spaces, one @, a dot in the domain), else undefined. */
  mailto?: string;
  /** `tel:` with the digits and a leading +, for 6 to 20 digits; else undefined. */
  tel?: string;
}

// One @, no spaces, angle brackets, quotes or commas; a dot in the domain (a deliberately plain check:
// the address is shown to people, who can read it, and only a well-formed one becomes a link).
const EMAIL = /^[^\s@<>"',;:()]+@[^\s@<>"',;:()]+\.[^\s@<>"',;:()]+$/;
const PHONE = /^\+?[\d\s().-]+$/;

export function isContactEmail(value: string): boolean {
  const v = value.trim();
  return v.length <= 254 && EMAIL.test(v);
}

export function isContactPhone(value: string): boolean {
  const v = value.trim();
  const digits = v.replace(/\D/g, '').length;
  return PHONE.test(v) && digits >= 6 && digits <= 20;
}

export function contactLinks(contact: Pick<ProgrammeContact, 'email' | 'phone'>): ContactLinks {
  const email = contact.email.trim();
  const phone = contact.phone.trim();
  return {
    mailto: isContactEmail(email) ? `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}` : undefined,
    tel: isContactPhone(phone) ? `tel:${phone.startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}` : undefined,
  };
}

/** True when the editor set enough to show a contact: a name or a role, and an address or a phone. */
export function hasContact(contact: ProgrammeContact): boolean {
  const links = contactLinks(contact);
  return (contact.name.trim() !== '' || contact.role.trim() !== '') && (links.mailto !== undefined || links.tel !== undefined);
}
