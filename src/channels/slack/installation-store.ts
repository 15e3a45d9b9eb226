import type { InstallationStore } from '@slack/bolt';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Database } from '../../db/database.ts';
import {
  deleteSlackInstallation,
  fetchSlackInstallation,
  storeSlackInstallation,
} from '../../services/slack-installations.ts';

/**
 * Bolt's installation store over Kitty's database: Bolt asks it for a workspace's bot token on
 * every event, and the install route saves into it. Tokens are sealed at rest by the service;
 * Bolt's logger argument is not used, so nothing here can print one.
 */
export function createInstallationStore(deps: { db: Database; keyring: Keyring; now?: () => Date }): InstallationStore {
  return {
    async storeInstallation(installation) {
      await storeSlackInstallation(deps.db, deps.keyring, installation, deps.now?.());
    },
    fetchInstallation: (query) => fetchSlackInstallation(deps.db, deps.keyring, query),
    deleteInstallation: (query) => deleteSlackInstallation(deps.db, query),
  };
}
