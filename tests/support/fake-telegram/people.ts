import type { Chat, User, UserFromGetMe } from 'grammy/types';

/**
 * The cast of the Telegram tests. Ids are in the ranges Telegram really uses: users are positive,
 * basic groups are small negatives, supergroups are `-100` followed by the channel id.
 */
export interface TelegramPerson extends User {
  readonly is_bot: false;
  readonly language_code: string;
}

export const arjunUser: TelegramPerson = {
  id: 5_123_456_701,
  is_bot: false,
  first_name: 'Arjun',
  last_name: 'Sharma',
  username: 'arjun_sharma',
  language_code: 'en',
};

export const priyaUser: TelegramPerson = {
  id: 5_123_456_702,
  is_bot: false,
  first_name: 'Priya',
  last_name: 'Sharma',
  language_code: 'hi',
};

/** Someone outside the household, e.g. a person who found the bot by its username. */
export const strangerUser: TelegramPerson = {
  id: 6_987_654_321,
  is_bot: false,
  first_name: 'Max',
  username: 'max_from_berlin',
  language_code: 'de',
};

/** The household's group; supergroup, because Telegram upgrades most groups to one. */
export const familyGroup: Chat.SupergroupChat = { id: -1_002_345_678_901, type: 'supergroup', title: 'Sharma Family' };

/** A group that was never upgraded (Telegram still sends type `group` for these). */
export const familyBasicGroup: Chat.GroupChat = { id: -4_012_345_678, type: 'group', title: 'Sharma Family (old)' };

/** What the fake's `getMe` answers by default; pass it as grammY's `botInfo` to skip `getMe`. */
export const kittyBotInfo: UserFromGetMe = {
  id: 7_000_000_001,
  is_bot: true,
  first_name: 'Kitty',
  username: 'kitty_household_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/** The bot as it appears in `from` of its own messages: a User, without getMe's extra fields. */
export function botAsUser(botInfo: UserFromGetMe): User {
  return { id: botInfo.id, is_bot: true, first_name: botInfo.first_name, username: botInfo.username };
}

export function privateChatOf(user: User): Chat.PrivateChat {
  return {
    id: user.id,
    type: 'private',
    first_name: user.first_name,
    ...(user.last_name === undefined ? {} : { last_name: user.last_name }),
    ...(user.username === undefined ? {} : { username: user.username }),
  };
}
