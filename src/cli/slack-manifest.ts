import { slackManifest } from '../channels/slack/manifest.ts';
import { readNodeConfig } from '../runtime/node-config.ts';

/** `npm run --silent cli -- slack:manifest`: the Slack app manifest for this Kitty's PUBLIC_URL, as JSON. */
export async function runSlackManifest(): Promise<number> {
  const config = readNodeConfig();
  if (!config.publicUrl.startsWith('https://')) {
    process.stderr.write(`Slack only calls https addresses; PUBLIC_URL is ${config.publicUrl}. The manifest below uses it anyway.\n`);
  }
  process.stdout.write(`${JSON.stringify(slackManifest(config.publicUrl, { oauth: config.slack?.oauth !== undefined }), null, 2)}\n`);
  return 0;
}
