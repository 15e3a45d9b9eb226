export * from './server.ts';
export * from './updates.ts';
