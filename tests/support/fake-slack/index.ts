export * from './defaults.ts';
export * from './server.ts';
export * from './slack-api.ts';
export { imChannelOf } from './default-answers.ts';
export { oauthV2AccessResponse, type OAuthGrant } from './oauth.ts';
export { JSON_FIELDS } from './request-body.ts';
export type { SlackUser, SlackUserSpec, SlackWorkspace } from './workspaces.ts';
