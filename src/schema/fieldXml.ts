/** Field definitions as CAML XML for `fields.createFieldAsXml`, so internal names are exactly ours. */
import type { FieldSpec } from './types';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `lookupListId` is the GUID of the list a Lookup field points at. */
export function fieldXml(f: FieldSpec, lookupListId?: string): string {
  const attrs: string[] = [`Name="${f.name}"`, `StaticName="${f.name}"`, `DisplayName="${esc(f.title)}"`];
  if (f.required) attrs.push('Required="TRUE"');
  if (f.indexed) attrs.push('Indexed="TRUE"');
  if (f.unique) attrs.push('EnforceUniqueValues="TRUE"');
  if (f.hidden) attrs.push('Hidden="TRUE"');
  if (f.description) attrs.push(`Description="${esc(f.description)}"`);
  let inner = '';
  switch (f.kind) {
    case 'Text':
      attrs.unshift('Type="Text"');
      attrs.push(`MaxLength="${f.maxLength ?? 255}"`);
      break;
    case 'Note':
      attrs.unshift('Type="Note"', 'NumLines="6"', 'RichText="FALSE"');
      break;
    case 'Number':
      attrs.unshift('Type="Number"', 'Decimals="0"');
      break;
    case 'DateTime':
      attrs.unshift('Type="DateTime"', 'Format="DateTime"');
      break;
    case 'Boolean':
      attrs.unshift('Type="Boolean"');
      break;
    case 'Choice':
    case 'MultiChoice':
      attrs.unshift(`Type="${f.kind}"`, 'FillInChoice="FALSE"');
      inner = `<CHOICES>${(f.choices ?? []).map((c) => `<CHOICE>${esc(c)}</CHOICE>`).join('')}</CHOICES>`;
      break;
    case 'User':
      attrs.unshift('Type="User"', 'UserSelectionMode="PeopleOnly"', 'ShowField="ImnName"');
      break;
    case 'UserMulti':
      attrs.unshift('Type="UserMulti"', 'Mult="TRUE"', 'UserSelectionMode="PeopleOnly"', 'ShowField="ImnName"');
      break;
    case 'Lookup':
      if (!lookupListId) throw new Error(`Lookup field ${f.name} needs the id of list '${f.lookupList}'.`);
      attrs.unshift('Type="Lookup"', `List="{${lookupListId}}"`, 'ShowField="Title"');
      break;
    case 'URL':
      attrs.unshift('Type="URL"', 'Format="Hyperlink"');
      break;
  }
  if (f.defaultValue !== undefined) inner += `<Default>${esc(f.defaultValue)}</Default>`;
  return `<Field ${attrs.join(' ')}>${inner}</Field>`;
}
