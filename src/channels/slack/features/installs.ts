/**
 * A workspace that uninstalls Kitty (or revokes its tokens) is forgotten: its installation and
 * the bot token in it are deleted. Households and their ledgers stay; they are not Slack's.
 */
import type { App, InstallationStore } from '@slack/bolt';
import type { SlackDeps } from '../context.ts';

export function installs(bolt: App, deps: SlackDeps, store: InstallationStore | undefined): void {
  if (!store?.deleteInstallation) return;
  const forget = async (teamId: string | undefined, enterpriseId: string | undefined, isEnterpriseInstall: boolean) => {
    await store.deleteInstallation!({ teamId, enterpriseId, isEnterpriseInstall });
    deps.logger.info('slack workspace uninstalled Kitty', { teamId, enterpriseId });
  };
  bolt.event('app_uninstalled', async ({ context }) => forget(context.teamId, context.enterpriseId, context.isEnterpriseInstall));
  bolt.event('tokens_revoked', async ({ event, context }) => {
    if ((event.tokens.bot?.length ?? 0) > 0) await forget(context.teamId, context.enterpriseId, context.isEnterpriseInstall);
  });
}
