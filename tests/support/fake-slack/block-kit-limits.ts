import { missingArgument, slackError, type SlackError } from './slack-api.ts';

/**
 * The Block Kit limits a bot most often runs into, checked the way Slack reports them: a message
 * with a bad block fails with `invalid_blocks`, a view with `invalid_arguments`, each problem a
 * line `<reason> [json-pointer:/path]`. Not every rule Slack has, but the ones that bite: text
 * lengths, item counts, button values, duplicate block ids, an input modal without a submit.
 */
export function messageBlocksProblem(blocks: unknown): SlackError | undefined {
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks)) return slackError('invalid_blocks_format');
  const problems = blocksProblems(blocks, '/blocks', 50);
  return problems.length === 0 ? undefined : slackError('invalid_blocks', { errors: problems, response_metadata: { messages: problems.map((problem) => `[ERROR] ${problem}`) } });
}

export function viewProblem(view: unknown): SlackError | undefined {
  if (!isObject(view)) return missingArgument('view');
  const problems: string[] = [];
  if (view.type !== 'modal' && view.type !== 'home') problems.push('must be one of [modal, home] [json-pointer:/view/type]');
  if (view.type === 'modal') {
    if (view.title === undefined) problems.push('missing required field: title [json-pointer:/view]');
    for (const key of ['title', 'submit', 'close']) plainTextProblems(view[key], 24, `/view/${key}`, problems);
    const hasInput = Array.isArray(view.blocks) && (view.blocks as unknown[]).some((block) => isObject(block) && block.type === 'input');
    if (hasInput && view.submit === undefined) problems.push('must provide a submit property when using input blocks [json-pointer:/view]');
  }
  tooLong(view.private_metadata, 3000, '/view/private_metadata', problems);
  tooLong(view.callback_id, 255, '/view/callback_id', problems);
  if (!Array.isArray(view.blocks)) problems.push('missing required field: blocks [json-pointer:/view]');
  else problems.push(...blocksProblems(view.blocks, '/view/blocks', 100));
  return problems.length === 0 ? undefined : slackError('invalid_arguments', { response_metadata: { messages: problems.map((problem) => `[ERROR] ${problem}`) } });
}

function blocksProblems(blocks: readonly unknown[], path: string, maxBlocks: number): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`must be less than ${maxBlocks + 1} items [json-pointer:${path}]`);
  const blockIds = new Set<string>();
  for (const [index, block] of blocks.entries()) {
    const at = `${path}/${index}`;
    if (!isObject(block)) {
      problems.push(`must be an object [json-pointer:${at}]`);
      continue;
    }
    if (typeof block.block_id === 'string') {
      if (blockIds.has(block.block_id)) problems.push(`duplicate block_id: ${block.block_id} [json-pointer:${at}/block_id]`);
      blockIds.add(block.block_id);
      tooLong(block.block_id, 255, `${at}/block_id`, problems);
    }
    blockProblems(block, at, problems);
  }
  return problems;
}

function blockProblems(block: Record<string, unknown>, at: string, problems: string[]): void {
  switch (block.type) {
    case 'section':
      textProblems(block.text, 3000, `${at}/text`, problems);
      if (Array.isArray(block.fields)) {
        if (block.fields.length > 10) problems.push(`must be less than 11 items [json-pointer:${at}/fields]`);
        for (const [index, field] of (block.fields as unknown[]).entries()) textProblems(field, 2000, `${at}/fields/${index}`, problems);
      }
      if (block.text === undefined && block.fields === undefined) problems.push(`must provide either text or fields [json-pointer:${at}]`);
      if (isObject(block.accessory)) elementProblems(block.accessory, `${at}/accessory`, problems);
      return;
    case 'header':
      plainTextProblems(block.text, 150, `${at}/text`, problems);
      return;
    case 'actions':
    case 'context': {
      const limit = block.type === 'actions' ? 25 : 10;
      const elements: unknown[] = Array.isArray(block.elements) ? block.elements : [];
      if (elements.length === 0) problems.push(`must provide at least 1 item [json-pointer:${at}/elements]`);
      if (elements.length > limit) problems.push(`must be less than ${limit + 1} items [json-pointer:${at}/elements]`);
      for (const [index, element] of elements.entries()) {
        if (isObject(element)) elementProblems(element, `${at}/elements/${index}`, problems);
      }
      return;
    }
    case 'input':
      plainTextProblems(block.label, 2000, `${at}/label`, problems);
      if (isObject(block.element)) elementProblems(block.element, `${at}/element`, problems);
      else problems.push(`missing required field: element [json-pointer:${at}]`);
      return;
    default:
      return;
  }
}

function elementProblems(element: Record<string, unknown>, at: string, problems: string[]): void {
  tooLong(element.action_id, 255, `${at}/action_id`, problems);
  if (element.type === 'button') {
    plainTextProblems(element.text, 75, `${at}/text`, problems);
    tooLong(element.value, 2000, `${at}/value`, problems);
    tooLong(element.url, 3000, `${at}/url`, problems);
  }
  if (element.type === 'mrkdwn' || element.type === 'plain_text') textProblems(element, 3000, at, problems);
  if (Array.isArray(element.options)) {
    if (element.options.length > 100) problems.push(`must be less than 101 items [json-pointer:${at}/options]`);
    for (const [index, option] of (element.options as unknown[]).entries()) {
      if (!isObject(option)) continue;
      textProblems(option.text, 75, `${at}/options/${index}/text`, problems);
      tooLong(option.value, 150, `${at}/options/${index}/value`, problems);
    }
  }
}

function plainTextProblems(text: unknown, limit: number, at: string, problems: string[]): void {
  if (text === undefined) return;
  if (isObject(text) && text.type === 'plain_text') textProblems(text, limit, at, problems);
  else problems.push(`must be a plain_text text object [json-pointer:${at}]`);
}

function textProblems(text: unknown, limit: number, at: string, problems: string[]): void {
  if (text === undefined) return;
  if (!isObject(text) || typeof text.text !== 'string') {
    problems.push(`must be a text object [json-pointer:${at}]`);
    return;
  }
  if (text.text.length === 0) problems.push(`must be more than 0 characters [json-pointer:${at}/text]`);
  tooLong(text.text, limit, `${at}/text`, problems);
}

function tooLong(value: unknown, limit: number, at: string, problems: string[]): void {
  if (typeof value === 'string' && value.length > limit) problems.push(`must be less than ${limit + 1} characters [json-pointer:${at}]`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
