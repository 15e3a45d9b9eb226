import { describe, expect, it } from 'vitest';
import { slackManifest } from '../../src/channels/slack/manifest.ts';
import { SLACK_BOT_SCOPES } from '../../src/channels/slack/oauth-scopes.ts';

describe('the Slack app manifest', () => {
  it('points the command, events and interactivity at the one endpoint, with the scopes the install asks for', () => {
    const manifest = slackManifest('https://kitty.example.com', { oauth: true }) as {
      features: { slash_commands: { command: string; url: string }[] };
      oauth_config: { redirect_urls: string[]; scopes: { bot: string[] } };
      settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { request_url: string } };
    };
    const endpoint = 'https://kitty.example.com/slack/events';
    expect(manifest.features.slash_commands).toEqual([expect.objectContaining({ command: '/kitty', url: endpoint })]);
    expect(manifest.settings.event_subscriptions.request_url).toBe(endpoint);
    expect(manifest.settings.interactivity.request_url).toBe(endpoint);
    expect(manifest.oauth_config.redirect_urls).toEqual(['https://kitty.example.com/slack/oauth_redirect']);
    expect(manifest.oauth_config.scopes.bot).toEqual([...SLACK_BOT_SCOPES]);
    // Each event the listeners handle, and the scope Slack requires to deliver it.
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['app_mention', 'message.im', 'message.channels', 'app_home_opened', 'app_uninstalled']));
    expect(SLACK_BOT_SCOPES).toEqual(expect.arrayContaining(['app_mentions:read', 'im:history', 'channels:history', 'files:read', 'commands', 'chat:write']));
  });

  it('has no redirect URL for a single-workspace Kitty', () => {
    expect(slackManifest('https://kitty.example.com', { oauth: false })).toMatchObject({ oauth_config: { scopes: { bot: [...SLACK_BOT_SCOPES] } } });
    expect((slackManifest('https://kitty.example.com', { oauth: false }) as { oauth_config: object }).oauth_config).not.toHaveProperty('redirect_urls');
  });
});
