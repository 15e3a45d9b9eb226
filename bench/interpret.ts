/**
 * Interpret suite: how many messages a second the offline interpreter reads on one core, over the
 * dev set's real phrasing. Pure CPU, no database: the main thread reads the whole file again and
 * again, after a warm-up that lets the JIT compile the hot paths as it would in a running bot.
 */
import { performance } from 'node:perf_hooks';
import type { InterpretContext, Interpretation } from '../src/engine/interpretation.ts';
import { interpretOffline } from '../src/engine/offline/index.ts';
import type { BenchArgs } from './args.ts';
import { displayPath, loadDevSet, type DevSet } from './dev-set.ts';
import { repeatFor, summarize } from './measure.ts';
import { n, verdict } from './report.ts';

export const INTERPRET_TARGET_PER_SECOND = 5_000;
const WARMUP_MS = 1_000;
const MEASURE_MS = 3_000;
/** Passes timed message by message, apart from the throughput passes, to name the slowest messages. */
const PROFILE_PASSES = 20;
const SLOWEST_SHOWN = 3;

type Kind = Interpretation['kind'];

export type InterpretSummary = {
  file: string;
  messages: number;
  passes: number;
  seconds: number;
  messagesPerSecond: number;
  meanMicros: number;
  /** What the interpreter made of the messages, beside what the labels say: reading everything as "other" would be fast and useless. */
  readAs: Record<Kind, number>;
  labeled: Record<Kind, number>;
  /** Messages the interpreter threw on; they are left out of the timed passes. */
  failures: { id: string; error: string }[];
  slowest: { id: string; text: string; micros: number }[];
  target: boolean;
};

export async function runInterpretSuite(args: BenchArgs): Promise<InterpretSummary | { skipped: string }> {
  const dev = await loadDevSet(args.devFile, 'interpret');
  if (!dev) return { skipped: `${args.devFile} not found` };
  console.log(
    `interpret — interpretOffline on ${displayPath(dev.file)} (${n(dev.lines.length)} messages), main thread, ` +
      `${WARMUP_MS / 1000} s warm-up + ${MEASURE_MS / 1000} s timed`,
  );
  const summary = measureInterpreter(dev);
  console.log(formatInterpret(summary));
  return summary;
}

function measureInterpreter(dev: DevSet): InterpretSummary {
  const { context } = dev;
  const { readable, readAs, failures } = firstPass(dev);
  const texts = readable.map((line) => line.text);
  const readAll = () => {
    for (const text of texts) interpretOffline(text, context);
  };

  let passes = 0;
  let ms = 0;
  if (texts.length > 0) {
    repeatFor(readAll, WARMUP_MS);
    ({ rounds: passes, ms } = repeatFor(readAll, MEASURE_MS));
  }
  const messages = passes * texts.length;
  const messagesPerSecond = ms > 0 ? (messages * 1000) / ms : 0;
  return {
    file: dev.file,
    messages,
    passes,
    seconds: ms / 1000,
    messagesPerSecond,
    meanMicros: messages > 0 ? (ms * 1000) / messages : Number.NaN,
    readAs,
    labeled: countKinds(dev.lines.map((line) => line.expect.kind)),
    failures,
    slowest: slowestMessages(readable, context),
    target: messagesPerSecond > INTERPRET_TARGET_PER_SECOND,
  };
}

/** One untimed pass: what each message is read as, and which ones throw (an interpreter still being written may). */
function firstPass(dev: DevSet) {
  const kinds: Kind[] = [];
  const failures: InterpretSummary['failures'] = [];
  const readable = dev.lines.filter((line) => {
    try {
      kinds.push(interpretOffline(line.text, dev.context).kind);
      return true;
    } catch (error) {
      failures.push({ id: line.id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      return false;
    }
  });
  return { readable, readAs: countKinds(kinds), failures };
}

/**
 * Median µs per message over a few passes timed call by call: kept out of the throughput figure,
 * which the clock reads would tax, and a median so one garbage collection does not name the wrong message.
 */
function slowestMessages(lines: DevSet['lines'], context: InterpretContext): InterpretSummary['slowest'] {
  const samples = lines.map(() => new Array<number>(PROFILE_PASSES));
  for (let pass = 0; pass < PROFILE_PASSES; pass++) {
    lines.forEach((line, index) => {
      const started = performance.now();
      interpretOffline(line.text, context);
      const ms = performance.now() - started;
      const perMessage = samples[index];
      if (perMessage) perMessage[pass] = ms;
    });
  }
  return lines
    .map((line, index) => ({ id: line.id, text: line.text, micros: summarize(samples[index] ?? []).p50 * 1000 }))
    .sort((a, b) => b.micros - a.micros)
    .slice(0, SLOWEST_SHOWN);
}

function formatInterpret(s: InterpretSummary): string {
  const kinds = (counts: Record<Kind, number>) =>
    Object.entries(counts)
      .filter(([, count]) => count > 0)
      .map(([kind, count]) => `${kind} ${count}`)
      .join(' · ');
  const lines = [
    `  ${n(s.messagesPerSecond)} messages/s, ${s.meanMicros.toFixed(1)} µs/message mean ` +
      `(${n(s.messages)} messages in ${n(s.passes)} passes, ${s.seconds.toFixed(1)} s) ` +
      `[target > ${n(INTERPRET_TARGET_PER_SECOND)}/s on one core: ${verdict(s.target)}]`,
    `  read as  ${kinds(s.readAs)}   (labeled ${kinds(s.labeled)})`,
    `  slowest  ${s.slowest.map((m) => `${m.id} ${m.micros.toFixed(0)} µs ${JSON.stringify(m.text)}`).join(' · ')}`,
  ];
  if (s.failures.length > 0) {
    const shown = s.failures.slice(0, 3).map((f) => `${f.id} (${f.error})`);
    lines.push(`  THREW on ${s.failures.length} message(s), left out of the figures: ${shown.join(', ')}${s.failures.length > 3 ? ', …' : ''}`);
  }
  return lines.join('\n');
}

function countKinds(kinds: readonly Kind[]): Record<Kind, number> {
  const counts: Record<Kind, number> = { expense: 0, question: 0, edit: 0, other: 0 };
  for (const kind of kinds) counts[kind] += 1;
  return counts;
}
