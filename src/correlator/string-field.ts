/** A field of an untyped payload when it is a non-empty string; anything else counts as absent. */
export function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
