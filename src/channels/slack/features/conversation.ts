/**
 * Talking to Kitty without the slash command: a mention in a channel, a direct message, or an
 * audio clip (transcribed, then read like text). In the household channel the reply is for
 * everyone; in any other channel only the sender sees it, so a household's numbers never show
 * up where others read.
 */
import type { App } from '@slack/bolt';
import type { HouseholdScope } from '../../../db/scope.ts';
import type { Reply } from '../../../engine/reply.ts';
import type { SlackDeps } from '../context.ts';
import { kittyState } from '../context.ts';
import { isHouseholdChannel, NOT_LINKED, ONLY_YOU_HERE } from '../household-channel.ts';
import { replyMessage } from '../render/reply-message.ts';

type Client = Parameters<Parameters<App['event']>[1]>[0]['client'];

/** Slack's own cap on uploads is far larger; nobody records a 25 MB expense. */
const MAX_AUDIO_BYTES = 25 * 1024 * 1024;

interface SlackFile {
  readonly id?: string;
  readonly name?: string;
  readonly mimetype?: string;
  readonly subtype?: string;
  readonly size?: number;
  readonly url_private_download?: string;
  readonly url_private?: string;
}

/** The fields of message and app_mention events this feature reads. */
interface SaidEvent {
  readonly user?: string;
  readonly text?: string;
  readonly channel: string;
  readonly channel_type?: string;
  readonly subtype?: string;
  readonly ts: string;
  readonly thread_ts?: string;
  readonly bot_id?: string;
  readonly files?: readonly SlackFile[];
}

/** Where a reply goes: the conversation for everyone, or the sender alone. */
interface Place {
  readonly channel: string;
  readonly user: string;
  readonly shared: boolean;
  readonly threadTs?: string;
}

export function conversation(bolt: App, deps: SlackDeps): void {
  const { engine } = deps;

  bolt.event('app_mention', async ({ event, client, context, body }) => {
    const said = event as unknown as SaidEvent;
    if (!said.user || said.bot_id) return;
    const { member, inboundId } = kittyState(context);
    const place: Place = {
      channel: said.channel,
      user: said.user,
      shared: member ? await isHouseholdChannel(deps, member, context.teamId, said.channel) : false,
      ...(said.thread_ts && { threadTs: said.thread_ts }),
    };
    if (!member) return say(client, { ...place, shared: false }, NOT_LINKED);
    if (audioFiles(said).length > 0) {
      // In the household channel the clip's own message event brings it (mentioned or not).
      if (place.shared) return inboundId ? engine.settle(member, inboundId, { state: 'processed' }) : undefined;
      return listen(client, context.botToken, member, inboundId, said, place);
    }
    const text = withoutMentions(said.text ?? '');
    const reply = await engine.handle({ channel: 'slack', externalId: `event:${body.event_id}`, text, ...(inboundId && { inboundId }) }, member);
    return send(client, place, reply);
  });

  bolt.message(async ({ message, client, context, body }) => {
    const said = message as unknown as SaidEvent;
    if (!said.user || said.bot_id || (said.subtype !== undefined && said.subtype !== 'file_share')) return;
    const { member, inboundId } = kittyState(context);
    const direct = said.channel_type === 'im';
    if (!direct) {
      // In channels Kitty hears only audio clips in the household channel; text there needs a mention.
      if (!member || audioFiles(said).length === 0 || !(await isHouseholdChannel(deps, member, context.teamId, said.channel))) {
        if (member && inboundId) await engine.settle(member, inboundId, { state: 'processed' });
        return;
      }
    }
    const place: Place = { channel: said.channel, user: said.user, shared: true, ...(said.thread_ts && { threadTs: said.thread_ts }) };
    if (!member) return say(client, place, NOT_LINKED);
    if (audioFiles(said).length > 0) return listen(client, context.botToken, member, inboundId, said, place);
    const reply = await engine.handle(
      { channel: 'slack', externalId: `event:${(body as { event_id?: string }).event_id}`, text: withoutMentions(said.text ?? ''), ...(inboundId && { inboundId }) },
      member,
    );
    return send(client, place, reply);
  });

  /** An audio clip: downloaded with the bot's token, transcribed, shown, then read like a message. */
  async function listen(client: Client, botToken: string | undefined, member: HouseholdScope, inboundId: string | undefined, said: SaidEvent, place: Place) {
    const file = audioFiles(said)[0]!;
    const fail = async (message: string, state: 'failed' | 'deferred' = 'failed') => {
      if (inboundId) await engine.settle(member, inboundId, { state, error: message });
      return say(client, place, message);
    };
    if (!deps.transcriber) {
      return fail('I can’t listen to audio clips yet: no transcriber is set up (TRANSCRIBE_PROVIDER). I kept your clip and will read it once one is. Meanwhile, type it?', 'deferred');
    }
    if ((file.size ?? 0) > MAX_AUDIO_BYTES) return fail('That clip is too long for me (over 25 MB). Send a shorter one?');
    const url = file.url_private_download ?? file.url_private;
    if (!url || !botToken) return fail('Slack did not give me a way to download that clip. Try sending it again?');

    let text: string;
    try {
      const response = await deps.fetch(url, { headers: { authorization: `Bearer ${botToken}` } });
      if (!response.ok) throw new Error(`downloading the clip failed with ${response.status}`);
      const data = new Uint8Array(await response.arrayBuffer());
      text = (await deps.transcriber.transcribe({ data, mimeType: file.mimetype ?? 'audio/webm', fileName: file.name ?? 'clip.webm' })).text.trim();
    } catch (error) {
      // The details (a server's address, a status) are for the log, not the chat.
      deps.logger.warn('transcribing a slack audio clip failed', { error: error instanceof Error ? error.message : String(error) });
      return fail('I couldn’t make out that clip: downloading or transcribing it failed. It is kept; try again or type it?');
    }
    if (text === '') return fail('I heard nothing I could write down in that clip. Try again, or type it?');
    const reply = await engine.handle({ channel: 'slack', externalId: `file:${file.id ?? said.ts}`, text, ...(inboundId && { inboundId }) }, member);
    return send(client, place, reply, `🎙 “${text}”`);
  }

  async function send(client: Client, place: Place, reply: Reply, heard?: string) {
    if (reply.duplicate) return;
    const note = [heard, place.shared ? undefined : ONLY_YOU_HERE].filter(Boolean).join('\n');
    const message = replyMessage(reply, note ? { note } : {});
    if (place.shared) {
      await client.chat.postMessage({ channel: place.channel, ...(place.threadTs && { thread_ts: place.threadTs }), ...message });
    } else {
      await client.chat.postEphemeral({ channel: place.channel, user: place.user, ...(place.threadTs && { thread_ts: place.threadTs }), ...message });
    }
  }
}

async function say(client: Client, place: Place, text: string): Promise<void> {
  if (place.shared) await client.chat.postMessage({ channel: place.channel, text, ...(place.threadTs && { thread_ts: place.threadTs }) });
  else await client.chat.postEphemeral({ channel: place.channel, user: place.user, text });
}

function audioFiles(said: SaidEvent): SlackFile[] {
  return (said.files ?? []).filter((file) => file.mimetype?.startsWith('audio/') || file.subtype === 'slack_audio');
}

/** "<@U0KITTY> coffee 180" → "coffee 180": mentions are addressing, not content. */
function withoutMentions(text: string): string {
  return text.replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' ').replace(/\s+/g, ' ').trim();
}
