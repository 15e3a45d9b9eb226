/**
 * Stands in for `node:sqlite`, which workerd does not provide, so the Worker bundles (wrangler.toml
 * [alias]). The import comes from @slack/bolt → @slack/socket-mode → undici: undici's
 * SqliteCacheStore requires it in its constructor, and its runtime-feature probe requires it when
 * asked about 'sqlite'. Kitty uses neither (Socket Mode is a Node-only receiver it never starts,
 * and nothing builds an undici cache store), so nothing here ever runs; if something did, it
 * fails loudly instead of pretending to be a database.
 */
export class DatabaseSync {
  constructor() {
    throw new Error('node:sqlite is not available on Cloudflare Workers (see src/runtime/workers-stubs/node-sqlite.ts).');
  }
}

export class StatementSync {
  constructor() {
    throw new Error('node:sqlite is not available on Cloudflare Workers (see src/runtime/workers-stubs/node-sqlite.ts).');
  }
}
