export * from './fake-http-server.ts';
export * from './fake-anthropic.ts';
export * from './fake-gemini.ts';
export * from './fake-openai.ts';
export * from './recording-sleep.ts';
