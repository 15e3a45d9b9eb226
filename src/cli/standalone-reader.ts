/**
 * The configured interpreter outside any household, for `interpret` and `eval`: the
 * environment's provider and mode, nothing saved (model calls are not audited here because
 * there is no household to audit them under; stderr gets a line per call instead).
 */
import type { Config } from '../config/index.ts';
import type { InterpretContext } from '../engine/interpretation.ts';
import { chooseModel, providerFor } from '../engine/model-setup.ts';
import { readMessage, type Reading } from '../engine/read-message.ts';

export function standaloneReader(config: Config): (text: string, context: InterpretContext) => Promise<Reading> {
  const choice = chooseModel(config.llm, undefined);
  const provider = providerFor(config.llm, choice, undefined);
  return (text, context) =>
    readMessage(
      { text, context },
      {
        mode: choice.mode,
        provider: async () => provider,
        report: async (call) => {
          process.stderr.write(`${call.provider} ${call.purpose}: ${call.error ?? `${call.latencyMs} ms`}\n`);
        },
      },
    );
}
