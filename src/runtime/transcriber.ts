import type { Config } from '../config/index.ts';
import type { Logger } from '../log/logger.ts';
import { createTranscriber, type Transcriber } from '../transcribe/index.ts';

/** The transcriber of a runtime, shared by Telegram's voice notes and Slack's audio clips. */
export function transcriberFor(config: Config, logger: Logger): Transcriber | undefined {
  const { transcribe } = config;
  const transcriber = createTranscriber({
    provider: transcribe.provider,
    ...(transcribe.baseUrl && { baseUrl: transcribe.baseUrl }),
    ...(transcribe.apiKey && { apiKey: transcribe.apiKey }),
    ...(transcribe.model && { model: transcribe.model }),
    timeoutMs: config.llm.timeoutMs,
  });
  if (transcribe.provider !== 'none' && !transcriber) {
    logger.warn('voice notes and audio clips stay unread: the transcriber needs TRANSCRIBE_API_KEY', { provider: transcribe.provider });
  }
  return transcriber;
}
