/** The id of a field's input (or of its first radio), shared by the label, the error summary and tests. */
export function fieldId(name: string): string {
  return `champ-${name}`;
}
