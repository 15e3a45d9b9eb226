/**
 * Typed fillers for the Markdown prompts. `systemPrompt` depends only on the taxonomy and the
 * intents, never on a household or the date, so it is byte-identical across messages and the
 * providers can cache it; everything that changes goes in `contextPrompt`.
 */
import { templates } from './bundle.generated.ts';

export function systemPrompt(input: {
  intents: readonly { id: string; description: string }[];
  categories: readonly { slug: string; label: string; examples?: readonly string[] }[];
}): string {
  return fill(templates.system, {
    intents: input.intents.map((intent) => `- \`${intent.id}\`: ${intent.description}`).join('\n'),
    categories: input.categories
      .map((category) => `- \`${category.slug}\` (${category.label})${category.examples ? `: ${category.examples.join(', ')}` : ''}`)
      .join('\n'),
  });
}

export function contextPrompt(input: {
  today: string;
  weekday: string;
  timeZone: string;
  currency: string;
  /** How the household writes numbers and dates, in words ("decimal comma: 2,40 is …"). */
  writing: string;
  members: readonly string[];
  categorySlugs: readonly string[];
  /** The draft a correction would apply to, described in one line, if there is one. */
  latestDraft?: string;
}): string {
  return fill(templates.context, {
    today: input.today,
    weekday: input.weekday,
    timeZone: input.timeZone,
    currency: input.currency,
    writing: input.writing,
    members: input.members.join(', '),
    sender: input.members[0] ?? 'unknown',
    categorySlugs: input.categorySlugs.join(', '),
    draft: input.latestDraft ? `- The member's latest draft: ${input.latestDraft}.` : '- The member has no open draft.',
  });
}

export function repairPrompt(input: { tool: string; problems: readonly string[] }): string {
  return fill(templates.repair, { tool: input.tool, problems: input.problems.join('; ') });
}

/** Replaces every {{name}}; a placeholder without a value is a bug, so it throws rather than leaking braces to a model. */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Prompt placeholder {{${name}}} has no value.`);
    return value;
  });
}
