/** The first `max` items, and the "and N more" line for the rest (undefined when none is left out). */
export function limitList<T>(items: readonly T[], max: number): { shown: T[]; more?: string } {
  if (items.length <= max) return { shown: [...items] };
  return { shown: items.slice(0, max), more: `and ${items.length - max} more` };
}
