import { contactLinks, hasContact, isContactEmail, isContactPhone } from './programmeContact';

const head = {
  role: 'Head of Communities of Practice',
  name: 'Helen Carter',
  email: 'helen.carter@cophub.example',
  phone: '+44 (0)20 7946 0000',
};

describe('programme contact', () => {
  it('links a plain address and a phone number', () => {
    expect(contactLinks(head)).toEqual({ mailto: 'mailto:helen.carter@cophub.example', tel: 'tel:+4402079460000' });
    expect(contactLinks({ email: ' a.b@c.example ', phone: '020 7946 0000' })).toEqual({
      mailto: 'mailto:a.b@c.example',
      tel: 'tel:02079460000',
    });
  });
  it('links nothing an editor typed that is not an address or a number', () => {
    for (const bad of [
      'helen',
      'a@b',
      'a b@c.example',
      'javascript:alert(1)@x.example',
      '<a@b.example>',
      'a@b.example?cc=x,y@z.example',
      'x'.repeat(250) + '@b.example',
    ]) {
      expect(isContactEmail(bad)).toBe(false);
    }
    for (const bad of ['call me', '123', 'tel:+441', '+44 20 <script>', '1'.repeat(21)]) {
      expect(isContactPhone(bad)).toBe(false);
    }
    expect(contactLinks({ email: 'javascript:alert(1)', phone: 'javascript:alert(1)' })).toEqual({ mailto: undefined, tel: undefined });
  });
  it('shows a contact only with someone to contact and a way to reach them', () => {
    expect(hasContact(head)).toBe(true);
    expect(hasContact({ ...head, name: '', role: '' })).toBe(false);
    expect(hasContact({ ...head, email: '', phone: '' })).toBe(false);
    expect(hasContact({ ...head, email: 'nope', phone: '' })).toBe(false);
    expect(hasContact({ ...head, name: '', phone: '' })).toBe(true);
  });
});
