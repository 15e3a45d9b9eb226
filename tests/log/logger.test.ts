import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.ts';

describe('logger', () => {
  it('writes JSON lines at or above its level', () => {
    const lines: string[] = [];
    const logger = createLogger('warn', (line) => lines.push(line));
    logger.info('hidden');
    logger.warn('shown', { household: 'h1' });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'warn', message: 'shown', household: 'h1' });
  });

  it('never writes values under secret-looking keys, however deep', () => {
    const lines: string[] = [];
    const logger = createLogger('debug', (line) => lines.push(line));
    logger.error('provider call failed', {
      apiKey: 'sk-ant-123',
      request: { headers: { Authorization: 'Bearer abc', 'x-request-id': 'r1' }, body: { botToken: '123:xyz' } },
      error: new Error('boom'),
    });
    const line = lines[0]!;
    for (const secret of ['sk-ant-123', 'Bearer abc', '123:xyz']) expect(line).not.toContain(secret);
    expect(JSON.parse(line)).toMatchObject({
      apiKey: '[redacted]',
      request: { headers: { Authorization: '[redacted]', 'x-request-id': 'r1' }, body: { botToken: '[redacted]' } },
      error: { name: 'Error', message: 'boom' },
    });
  });

  it('is silent at level silent', () => {
    const lines: string[] = [];
    createLogger('silent', (line) => lines.push(line)).error('nothing');
    expect(lines).toEqual([]);
  });
});
