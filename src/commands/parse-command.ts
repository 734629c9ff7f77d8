export interface ParsedCommand {
  /** The first word, lower-case, without a leading slash; '' when nothing was said. */
  name: string;
  args: string[];
}

/** Splits what was said into a command name and its words. */
export function parseCommand(text: string): ParsedCommand {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  const first = words[0] ?? '';
  return { name: first.replace(/^\//, '').toLowerCase(), args: words.slice(1) };
}
