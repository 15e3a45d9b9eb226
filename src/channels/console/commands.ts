/**
 * What a console line asks for. The console's own words (buttons, people, help) are read here;
 * anything else is a message for the engine. A name never has digits in it, so "name tag 50" or
 * "invite cards 300" stay expenses rather than becoming people; a name too long for a member is
 * still read as one, so the service's validation says what is wrong with it.
 */
export type ConsoleCommand =
  | { readonly kind: 'quit' }
  | { readonly kind: 'help' }
  | { readonly kind: 'drafts' }
  | { readonly kind: 'undo' }
  | { readonly kind: 'press'; readonly action: 'confirm' | 'discard'; readonly number?: number }
  | { readonly kind: 'rename'; readonly name: string }
  | { readonly kind: 'invite'; readonly name: string }
  | { readonly kind: 'switch'; readonly name: string }
  | { readonly kind: 'as'; readonly name: string; readonly line: string }
  | { readonly kind: 'message'; readonly text: string };

const NAME = String.raw`(\p{L}[\p{L}\p{M} .'’-]{0,99})`;
const PATTERNS: readonly [RegExp, (match: RegExpExecArray) => ConsoleCommand][] = [
  [/^(quit|exit|bye)$/i, () => ({ kind: 'quit' })],
  [/^(help|\?|commands)$/i, () => ({ kind: 'help' })],
  [/^drafts?$/i, () => ({ kind: 'drafts' })],
  [/^undo(\s+(that|it|last))?$/i, () => ({ kind: 'undo' })],
  [
    /^(y|yes|n|no)(?:\s+(\d+))?$/i,
    (match) => ({
      kind: 'press',
      action: match[1]!.toLowerCase().startsWith('y') ? 'confirm' : 'discard',
      ...(match[2] !== undefined && { number: Number(match[2]) }),
    }),
  ],
  [new RegExp(`^(?:name|call me|my name is)\\s+${NAME}[.!]?$`, 'iu'), (match) => ({ kind: 'rename', name: personName(match[1]!) })],
  [new RegExp(`^invite\\s+${NAME}[.!]?$`, 'iu'), (match) => ({ kind: 'invite', name: personName(match[1]!) })],
  [new RegExp(`^switch(?:\\s+to)?\\s+${NAME}$`, 'iu'), (match) => ({ kind: 'switch', name: personName(match[1]!) })],
  [new RegExp(`^as\\s+${NAME}\\s*:\\s*(.+)$`, 'iu'), (match) => ({ kind: 'as', name: personName(match[1]!), line: match[2]!.trim() })],
];

export function readCommand(line: string): ConsoleCommand {
  const text = line.trim();
  for (const [pattern, command] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return command(match);
  }
  return { kind: 'message', text };
}

/** "priya" is typed in a hurry and meant as "Priya"; a name typed with capitals is kept as typed. */
function personName(typed: string): string {
  const name = typed.trim().replace(/\s+/g, ' ');
  if (name !== name.toLowerCase()) return name;
  return name.replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
