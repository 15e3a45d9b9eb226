import type { LogLevel } from '../config/index.ts';

/**
 * JSON-lines logging with levels. Values under keys that look like secrets are replaced before
 * anything is written, so a careless `logger.info('...', { apiKey })` cannot leak a key.
 */
export type LogFields = Record<string, unknown>;
export type Logger = Record<Exclude<LogLevel, 'silent'>, (message: string, fields?: LogFields) => void>;

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const SECRET_KEY = /key|token|secret|password|authorization|cookie/i;

export function createLogger(level: LogLevel, write: (line: string) => void = (line) => console.log(line)): Logger {
  const emit = (at: Exclude<LogLevel, 'silent'>) => (message: string, fields: LogFields = {}) => {
    if (ORDER[at] < ORDER[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: at, message, ...redact(fields) }));
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

function redact(fields: LogFields): LogFields {
  const safe: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    if (SECRET_KEY.test(key)) safe[key] = '[redacted]';
    else if (value instanceof Error) safe[key] = { name: value.name, message: value.message };
    else if (value && typeof value === 'object' && !Array.isArray(value)) safe[key] = redact(value as LogFields);
    else safe[key] = value;
  }
  return safe;
}
