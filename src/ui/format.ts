/** Fills `{0}`, `{1}`… in a localised string; the loc/ modules keep placeholders, not concatenation. */
export function fill(template: string, ...values: Array<string | number>): string {
  return values.reduce<string>((text, value, i) => text.split(`{${i}}`).join(String(value)), template);
}
