import { textParts } from './textLinks';

describe('textParts', () => {
  it('links bare http(s) addresses, without the sentence’s closing punctuation', () => {
    expect(textParts('See https://example.org/a?b=1. Then ask.')).toEqual([
      { text: 'See ' },
      { text: 'https://example.org/a?b=1', href: 'https://example.org/a?b=1' },
      { text: '. Then ask.' },
    ]);
  });
  it('keeps script tags, javascript: links and Markdown images as text', () => {
    const hostile = '<script>alert(1)</script> [x](javascript:alert(1)) ![img](data:image/png;base64,AAA)';
    expect(textParts(hostile)).toEqual([{ text: hostile }]);
  });
  it('links the address inside a Markdown image only as an address, never as an image', () => {
    const parts = textParts('![pic](https://evil.example/p.png)');
    expect(parts).toEqual([{ text: '![pic](' }, { text: 'https://evil.example/p.png', href: 'https://evil.example/p.png' }, { text: ')' }]);
  });
  it('gives empty text no parts', () => {
    expect(textParts('')).toEqual([]);
  });
});
