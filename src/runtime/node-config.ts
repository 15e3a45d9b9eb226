import { ConfigError, loadConfig, type Config } from '../config/index.ts';

/**
 * Node's configuration: an optional .env file (the real environment wins over it), validated by
 * src/config. A bad value ends the process with the one-line message naming the key.
 */
export function readNodeConfig(): Config {
  try {
    process.loadEnvFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
