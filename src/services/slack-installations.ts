import type { Installation, InstallationQuery } from '@slack/bolt';
import { eq } from 'drizzle-orm';
import type { Keyring } from '../crypto/keyring.ts';
import type { Database } from '../db/database.ts';
import { slackInstallations } from '../db/schema.ts';
import { asSystem } from '../db/scope.ts';
import { KittyError } from '../domain/errors.ts';

/**
 * Slack workspaces that installed Kitty through the OAuth flow. An event names its workspace (or
 * its Enterprise Grid org) before any household is known, so this is a system table read through
 * `asSystem`. The whole Bolt installation, tokens included, is stored as JSON sealed under
 * APP_ENCRYPTION_KEY with the row's key bound in: a sealed value copied to another workspace's row
 * does not open. Nothing here logs, so no token can reach a log line.
 */
const SEAL_PURPOSE = 'slack-installation';

/** `enterprise:<id>` for an org-wide install, `team:<id>` for one workspace (also one inside an org). */
export type SlackInstallationKey = `enterprise:${string}` | `team:${string}`;

export function installationKeyOf(installation: Installation): SlackInstallationKey {
  if (installation.isEnterpriseInstall) {
    if (installation.enterprise?.id) return `enterprise:${installation.enterprise.id}`;
    throw new KittyError('invalid_input', 'An org-wide Slack installation must name its enterprise.');
  }
  if (installation.team?.id) return `team:${installation.team.id}`;
  throw new KittyError('invalid_input', 'A Slack installation must name its workspace (team).');
}

/** The key Bolt's query for a token resolves to; mirrors `installationKeyOf`. */
export function installationKeyFor(query: InstallationQuery<boolean>): SlackInstallationKey {
  if (query.isEnterpriseInstall) {
    if (query.enterpriseId) return `enterprise:${query.enterpriseId}`;
    throw new KittyError('invalid_input', 'An org-wide Slack installation query must name its enterprise.');
  }
  if (query.teamId) return `team:${query.teamId}`;
  throw new KittyError('invalid_input', 'A Slack installation query must name its workspace (team).');
}

/** Saves an installation, replacing the one before it: reinstalling (new scopes, a new token) overwrites. */
export async function storeSlackInstallation(
  db: Database,
  keyring: Keyring,
  installation: Installation,
  now = new Date(),
): Promise<SlackInstallationKey> {
  const installationKey = installationKeyOf(installation);
  const installationSealed = await keyring.sealSystem(SEAL_PURPOSE, installationKey, JSON.stringify(installation));
  const row = {
    teamId: installation.team?.id ?? null,
    enterpriseId: installation.enterprise?.id ?? null,
    isEnterpriseInstall: installation.isEnterpriseInstall === true,
    installationSealed,
    updatedAt: now,
  };
  await asSystem(db, (tx) =>
    tx
      .insert(slackInstallations)
      .values({ installationKey, ...row })
      .onConflictDoUpdate({ target: slackInstallations.installationKey, set: row }),
  );
  return installationKey;
}

/** The stored installation for the workspace or org an event came from; 'not_found' when Kitty is not installed there. */
export async function fetchSlackInstallation(db: Database, keyring: Keyring, query: InstallationQuery<boolean>): Promise<Installation> {
  const installationKey = installationKeyFor(query);
  const [row] = await asSystem(db, (tx) =>
    tx
      .select({ installationSealed: slackInstallations.installationSealed })
      .from(slackInstallations)
      .where(eq(slackInstallations.installationKey, installationKey)),
  );
  if (!row) {
    throw new KittyError(
      'not_found',
      `Kitty is not installed in the Slack ${installationKey.startsWith('enterprise:') ? 'organization' : 'workspace'} ${installationKey.slice(installationKey.indexOf(':') + 1)}; install it at /slack/install.`,
    );
  }
  // Sealed by storeSlackInstallation with this key bound in, so the JSON is ours as written.
  return JSON.parse(await keyring.openSystem(SEAL_PURPOSE, installationKey, row.installationSealed)) as Installation;
}

/** Forgets an installation (app uninstalled, tokens revoked). Deleting one that is not there is not an error. */
export async function deleteSlackInstallation(db: Database, query: InstallationQuery<boolean>): Promise<void> {
  const installationKey = installationKeyFor(query);
  await asSystem(db, (tx) => tx.delete(slackInstallations).where(eq(slackInstallations.installationKey, installationKey)));
}
