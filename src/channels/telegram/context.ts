import type { Context } from 'grammy';
import type { HouseholdScope } from '../../db/scope.ts';
import type { Chart } from '../../engine/chart.ts';
import type { Engine } from '../../engine/engine.ts';
import type { Logger } from '../../log/logger.ts';
import type { Transcriber } from '../../transcribe/types.ts';
import type { CallbackCodec } from './callback-data.ts';

/** What every handler knows beyond grammY's context: who is writing and where the update is stored. */
export interface KittyFlavor {
  kitty: {
    /** The household member this Telegram account belongs to; undefined for strangers. */
    member?: HouseholdScope;
    /** The inbox row of this update (every update is stored before it is handled). */
    inboundId?: string;
  };
}

export type KittyContext = Context & KittyFlavor;

export interface TelegramDeps {
  readonly engine: Engine;
  readonly logger: Logger;
  readonly codec: CallbackCodec;
  /** Where files are downloaded from: `${fileRoot}/<file_path>`. */
  readonly fileRoot: string;
  /** Turns voice notes into text; absent when no transcriber is configured. */
  readonly transcriber?: Transcriber;
  /** Chart → PNG (src/charts/png.ts); without it answers are text only. */
  readonly renderChart?: (chart: Chart) => Promise<Uint8Array>;
  /** A signed sign-in link to the web view for this member, when the web view is set up. */
  readonly dashboardLink?: (member: HouseholdScope) => Promise<string | undefined>;
  readonly now: () => Date;
}
