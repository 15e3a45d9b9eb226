/**
 * What the telegram suite and its driver process say to each other over the fork's IPC channel.
 * Kept apart from telegram-driver.ts because importing that file starts a driver.
 */
import type { User, UserFromGetMe } from 'grammy/types';

/** The driver, once its fake Bot API listens: where the servers send their replies. */
export type DriverReady = { type: 'ready'; apiRoot: string; token: string; botInfo: UserFromGetMe };

/** One measured run against one webhook: `warmup` untimed updates, then `timed` ones, `concurrency` in flight. */
export type DriveRequest = {
  type: 'drive';
  url: string;
  secret: string;
  /** Update n comes from users[n % users.length] and says texts[n % texts.length]. */
  users: User[];
  texts: string[];
  warmup: number;
  timed: number;
  concurrency: number;
};

export type DriveResult = {
  type: 'result';
  /** Per timed update, ms from the request's first byte sent to the response's last byte read. */
  samples: number[];
  /** From the first timed request sent to the last timed response read. */
  wallMs: number;
  /** HTTP status → count, timed updates only: anything but 200 is a failed delivery. */
  statuses: Record<string, number>;
  /** Bot API calls the server made during the timed updates, by method, and how many the fake refused. */
  calls: Record<string, number>;
  refusedCalls: number;
  /** CPU the driver process (load generator and fake Bot API) spent over the whole drive, warm-up included, and that drive's wall time, ms. */
  cpuMs: number;
  driveMs: number;
};

export type DriverError = { type: 'error'; message: string };

export type ToDriver = DriveRequest | { type: 'stop' };
export type FromDriver = DriverReady | DriveResult | DriverError;
