import type { IdSource } from './ids.ts';
import { missingArgument, slackError, slackOk, type SlackFile, type SlackResponse, type SlackUpload } from './slack-api.ts';

/**
 * Files on the fake's `files.slack.com`: ones a test hosts (as if a person had shared them) and
 * ones the app uploads through `files.uploadV2`, whose three steps Slack runs as
 * `files.getUploadURLExternal`, a POST of the bytes to the URL it returned, and
 * `files.completeUploadExternal`.
 */
export interface FileStore {
  host(bytes: Uint8Array, options: { name: string; mimetype: string }): SlackFile;
  /** Bytes and type of a file by id, hosted or uploaded. */
  find(fileId: string): { readonly file: SlackFile; readonly bytes: Buffer } | undefined;
  readonly uploads: readonly SlackUpload[];
  getUploadUrl(args: Record<string, unknown>): SlackResponse;
  /** Stores bytes posted to an upload URL; false for an id no getUploadURLExternal issued. */
  receiveUpload(fileId: string, bytes: Buffer): boolean;
  completeUpload(args: Record<string, unknown>): SlackResponse;
}

type MutableUpload = { -readonly [K in keyof SlackUpload]: SlackUpload[K] };

export function createFileStore(origin: string, ids: IdSource): FileStore {
  const hosted = new Map<string, { file: SlackFile; bytes: Buffer }>();
  const uploads: MutableUpload[] = [];

  const host = (bytes: Uint8Array, options: { name: string; mimetype: string }, id = ids.fileId()): SlackFile => {
    const now = Math.floor(Date.now() / 1000);
    const name = encodeURIComponent(options.name);
    const file: SlackFile = {
      id,
      name: options.name,
      title: options.name,
      mimetype: options.mimetype,
      filetype: filetypeOf(options.name, options.mimetype),
      size: bytes.length,
      url_private: `${origin}/files/${id}/${name}`,
      url_private_download: `${origin}/files/${id}/download/${name}`,
      created: now,
      timestamp: now,
    };
    hosted.set(id, { file, bytes: Buffer.from(bytes) });
    return file;
  };

  return {
    host: (bytes, options) => host(bytes, options),
    find: (fileId) => hosted.get(fileId),
    uploads,
    getUploadUrl: (args) => {
      if (typeof args.filename !== 'string' || args.filename === '') return missingArgument('filename');
      const length = Number(args.length);
      if (!Number.isSafeInteger(length) || length <= 0) return slackError('invalid_arguments', { response_metadata: { messages: ['[ERROR] length must be a positive integer'] } });
      const id = ids.fileId();
      uploads.push({ id, filename: args.filename, declaredLength: length, bytes: undefined, completed: undefined });
      return slackOk({ upload_url: `${origin}/upload/${id}`, file_id: id });
    },
    receiveUpload: (fileId, bytes) => {
      const upload = uploads.find((entry) => entry.id === fileId);
      if (!upload) return false;
      upload.bytes = bytes;
      return true;
    },
    completeUpload: (args) => {
      if (!Array.isArray(args.files) || args.files.length === 0) return missingArgument('files');
      const entries = args.files as { id?: unknown; title?: unknown }[];
      const ready = entries.map((entry) => ({ entry, upload: uploads.find((upload) => upload.id === entry.id) }));
      // Slack cannot complete a file whose bytes never reached the upload URL.
      if (!ready.every((item): item is { entry: (typeof entries)[number]; upload: MutableUpload & { bytes: Buffer } } => item.upload?.bytes !== undefined)) {
        return slackError('file_not_found');
      }
      const { files: _files, token: _token, ...where } = args;
      const completed = ready.map(({ entry, upload }) => {
        upload.completed = where;
        host(upload.bytes, { name: upload.filename, mimetype: mimetypeOf(upload.filename) }, upload.id);
        return { id: upload.id, title: typeof entry.title === 'string' ? entry.title : upload.filename };
      });
      return slackOk({ files: completed });
    },
  };
}

const MIMETYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  pdf: 'application/pdf',
  csv: 'text/csv',
  txt: 'text/plain',
  m4a: 'audio/mp4',
  mp4: 'video/mp4',
  webm: 'audio/webm',
  ogg: 'audio/ogg',
};

/** Slack's `filetype` is the short name of the format, usually the extension ('png', 'jpg', 'm4a'). */
function filetypeOf(name: string, mimetype: string): string {
  const extension = /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1]?.toLowerCase();
  if (extension !== undefined) return extension === 'jpeg' ? 'jpg' : extension;
  const known = Object.entries(MIMETYPES).find(([, type]) => type === mimetype)?.[0];
  return known ?? 'binary';
}

function mimetypeOf(name: string): string {
  const extension = /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return MIMETYPES[extension] ?? 'application/octet-stream';
}
