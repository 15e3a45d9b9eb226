import pkg from '../package.json' with { type: 'json' };

/** Kitty's release, as /health reports it; bundled at build time so Workers need no file access. */
export const VERSION: string = pkg.version;
