import { SLACK_BOT_SCOPES } from './oauth-scopes.ts';

/**
 * The Slack app's manifest, for "Create New App → From an app manifest" at api.slack.com/apps:
 * the /kitty command, the events and interactivity all pointed at PUBLIC_URL/slack/events, the
 * Home tab, and exactly the scopes Kitty asks for. Built from the code so it never drifts.
 */
export function slackManifest(publicUrl: string, options: { oauth: boolean }): Record<string, unknown> {
  const events = `${publicUrl}/slack/events`;
  return {
    display_information: {
      name: 'Kitty',
      description: 'Household spending from chat: log, confirm and ask.',
      background_color: '#3b3a6b',
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: 'Kitty', always_online: true },
      slash_commands: [
        { command: '/kitty', url: events, description: 'Log, confirm and ask about household spending', usage_hint: 'coffee 180 · how much this month? · help', should_escape: false },
      ],
    },
    oauth_config: {
      ...(options.oauth && { redirect_urls: [`${publicUrl}/slack/oauth_redirect`] }),
      scopes: { bot: [...SLACK_BOT_SCOPES] },
    },
    settings: {
      event_subscriptions: {
        request_url: events,
        bot_events: ['app_home_opened', 'app_mention', 'app_uninstalled', 'message.channels', 'message.groups', 'message.im', 'tokens_revoked'],
      },
      interactivity: { is_enabled: true, request_url: events },
      org_deploy_enabled: false,
      socket_mode_enabled: false,
      token_rotation_enabled: false,
    },
  };
}
