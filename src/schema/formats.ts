/**
 * Column formatting JSON for the admin views (schema and classes:
 * https://learn.microsoft.com/sharepoint/dev/declarative-customization/column-formatting).
 * The `sp-field-severity--*` classes are SharePoint's own status colours, so the pills follow the
 * site theme and high-contrast mode; the text stays the value itself, so nothing depends on colour.
 */
const SCHEMA = 'https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json';

export type Severity = 'good' | 'low' | 'warning' | 'severeWarning' | 'blocked';

/** A choice shown as a rounded pill coloured by its value. */
export function choicePill(severities: Record<string, Severity>): Record<string, unknown> {
  const entries = Object.entries(severities);
  // Nested if() from the last value outwards: if(@currentField == 'a', 'x', if(... , '')).
  const klass = entries.reduceRight(
    (otherwise, [value, sev]) => `if(@currentField == '${value}', 'sp-field-severity--${sev}', ${otherwise})`,
    "''",
  );
  return {
    $schema: SCHEMA,
    elmType: 'div',
    attributes: { class: `=${klass}` },
    style: { padding: '0 8px', 'border-radius': '12px', display: 'inline-block' },
    txtContent: '@currentField',
  };
}

/** A date shown in the severe-warning colour, with "(overdue)", once it has passed. */
export function overdueDate(): Record<string, unknown> {
  return {
    $schema: SCHEMA,
    elmType: 'div',
    attributes: { class: "=if(@currentField != '' && @currentField <= @now, 'sp-field-severity--severeWarning', '')" },
    txtContent:
      "=if(@currentField != '' && @currentField <= @now, toLocaleDateString(@currentField) + ' (overdue)', if(@currentField == '', '', toLocaleDateString(@currentField)))",
  };
}
