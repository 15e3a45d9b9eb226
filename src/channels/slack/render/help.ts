/** What `/kitty help` answers, in mrkdwn. */

export function helpText(): string {
  return [
    '*Kitty keeps your household’s spending.* Tell it what you spent; it makes a draft for you to confirm.',
    '',
    '• `/kitty coffee 180` logs an expense as a draft, with buttons to confirm, edit or discard it.',
    '• `/kitty how much on groceries this month?` answers from your household’s ledger.',
    '• `/kitty start` makes a new household with you in it.',
    '• `/kitty link CODE` joins a household with an invite code, or attaches this Slack account to you ' +
      'if you already use Kitty elsewhere (get the code with /link in Telegram).',
    '• `/kitty invite` (admins) gives the code your partner joins with.',
    '• `/kitty link-channel` (admins) makes this channel the household channel.',
    '• `/kitty drafts` lists the drafts waiting; `/kitty undo` takes back your last confirm, discard or edit.',
    '• `/kitty dashboard` sends you a private sign-in link to the web dashboard.',
    '• `/kitty help` shows this.',
    '',
    'In the household channel, mention Kitty; in a direct message, just write. Both work like the slash command. ' +
      'Voice and audio clips sent there are transcribed and read the same way.',
  ].join('\n');
}
