import { BOT_USER_NAME, teamDomainOf } from './defaults.ts';

/** A workspace the app is installed in, reached with its bot token. */
export interface SlackWorkspace {
  readonly botToken: string;
  readonly teamId: string;
  readonly teamName: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly enterpriseId?: string;
}

export interface SlackUserSpec {
  readonly id: string;
  readonly name: string;
  readonly realName?: string;
  readonly displayName?: string;
  /** The fake's own team unless given; `users.info` shows a person only to their own workspace. */
  readonly teamId?: string;
  readonly tz?: string;
}

/** The Slack user object `users.info` answers with. */
export interface SlackUser {
  readonly id: string;
  readonly team_id: string;
  readonly name: string;
  readonly real_name: string;
  readonly profile: { readonly real_name: string; readonly display_name: string; readonly bot_id?: string };
  readonly tz: string;
  readonly is_bot: boolean;
  readonly deleted: false;
}

/** The workspaces (bot tokens) and people the fake knows. */
export interface Directory {
  addWorkspace(workspace: SlackWorkspace): void;
  workspaceOf(token: string | undefined): SlackWorkspace | undefined;
  isAcceptedToken(token: string | undefined): boolean;
  addUser(user: SlackUserSpec, defaultTeamId: string): void;
  /** The user as `workspace` sees them: its own people and its bot user. */
  userSeenBy(workspace: SlackWorkspace, userId: string): SlackUser | undefined;
}

export function createDirectory(): Directory {
  const workspaces = new Map<string, SlackWorkspace>();
  const users = new Map<string, SlackUser>();
  return {
    addWorkspace: (workspace) => {
      workspaces.set(workspace.botToken, workspace);
    },
    workspaceOf: (token) => (token === undefined ? undefined : workspaces.get(token)),
    isAcceptedToken: (token) => token !== undefined && workspaces.has(token),
    addUser: (spec, defaultTeamId) => {
      const realName = spec.realName ?? spec.name;
      users.set(spec.id, {
        id: spec.id,
        team_id: spec.teamId ?? defaultTeamId,
        name: spec.name,
        real_name: realName,
        profile: { real_name: realName, display_name: spec.displayName ?? '' },
        tz: spec.tz ?? 'Asia/Kolkata',
        is_bot: false,
        deleted: false,
      });
    },
    userSeenBy: (workspace, userId) => {
      if (userId === workspace.botUserId) return botUserOf(workspace);
      const user = users.get(userId);
      return user?.team_id === workspace.teamId ? user : undefined;
    },
  };
}

function botUserOf(workspace: SlackWorkspace): SlackUser {
  return {
    id: workspace.botUserId,
    team_id: workspace.teamId,
    name: BOT_USER_NAME,
    real_name: 'Kitty',
    profile: { real_name: 'Kitty', display_name: '', bot_id: workspace.botId },
    tz: 'America/Los_Angeles',
    is_bot: true,
    deleted: false,
  };
}

/** `auth.test`'s answer for a bot token of `workspace`. */
export function authTestOf(workspace: SlackWorkspace): Record<string, unknown> {
  return {
    url: `https://${teamDomainOf(workspace.teamId)}.slack.com/`,
    team: workspace.teamName,
    user: BOT_USER_NAME,
    team_id: workspace.teamId,
    user_id: workspace.botUserId,
    bot_id: workspace.botId,
    ...(workspace.enterpriseId === undefined ? {} : { enterprise_id: workspace.enterpriseId }),
    is_enterprise_install: false,
  };
}
