// Types for the unit tests, which import the build's surname rule.
export interface ContextAlias {
  text: string;
  case: 'exact';
  context: string[];
  contextOnly: true;
}
export interface ReadName {
  name: string;
  words: string[];
  surname: string;
  surnameFirst: boolean;
}
export function givenThenSurname(name: string, country?: string): ReadName | undefined;
export function addPersonSurnames(
  entries: { id: string; kind: string; name: string; aliases?: { text: string }[]; demonyms?: { text: string }[]; facts?: Record<string, unknown> }[],
  ids: ReadonlySet<string>,
  aliasKey: (text: string) => string,
): ({ id: string } & ContextAlias)[];
