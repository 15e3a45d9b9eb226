/**
 * The only part of the calendar that depends on where the household lives: which date it is now,
 * and when a date starts. Zone rules come from the runtime's Intl (ICU), so no tz database ships with Kitty.
 */
import { DAY_MS, dayNumber, formatYmd, toYmd, type IsoDate, type Ymd } from './calendar.ts';
import { KittyError } from './errors.ts';

function timeZoneError(tz: unknown): KittyError {
  const shown = typeof tz === 'string' && tz.trim() !== '' ? `"${tz.trim()}"` : 'That';
  return new KittyError(
    'invalid_time_zone',
    `${shown} is not a time zone Kitty knows. Use a name like Asia/Kolkata or Europe/London.`,
    'timezone',
  );
}

/**
 * ICU (Node 20) canonicalizes to CLDR's legacy names, e.g. Asia/Kolkata -> Asia/Calcutta, while
 * newer runtimes (Workers) echo the input. Mapping to the current IANA names keeps stored zones
 * identical wherever Kitty runs and shows people the name they recognize.
 */
const CURRENT_IANA_NAME: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = dateTimeFormatters.get(timeZone);
  if (!formatter) {
    try {
      // Explicit calendar, numbering system and h23: locale defaults could give "24:00" or non-Latin digits.
      formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      throw timeZoneError(timeZone);
    }
    dateTimeFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export function assertTimeZone(tz: string): string {
  if (typeof tz !== 'string' || tz.trim() === '') throw timeZoneError(tz);
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en', { timeZone: tz.trim() }).resolvedOptions().timeZone;
  } catch {
    throw timeZoneError(tz);
  }
  return CURRENT_IANA_NAME[resolved] ?? resolved;
}

interface LocalDateTime extends Ymd {
  /** Milliseconds since local midnight. */
  timeMs: number;
}

function localDateTime(instantMs: number, timeZone: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year, month, day, hour = 0, minute = 0, second = 0 } = parts;
  if (year === undefined || month === undefined || day === undefined) {
    throw new Error(`Intl gave no calendar date for ${timeZone}.`);
  }
  return { year, month, day, timeMs: ((hour % 24) * 3600 + minute * 60 + second) * 1000 };
}

function assertInstant(now: Date): number {
  const ms = now instanceof Date ? now.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError('Expected a valid Date.');
  return ms;
}

export function todayIn(timeZone: string, now: Date): IsoDate {
  const { year, month, day } = localDateTime(assertInstant(now), timeZone);
  return formatYmd({ year, month, day });
}

function localDayNumber(instantMs: number, timeZone: string): number {
  return dayNumber(localDateTime(instantMs, timeZone));
}

/**
 * The first instant of a calendar day in a zone. Usually local midnight; where a DST jump skips
 * midnight (Sao Paulo until 2019) it is the instant the clocks jumped, since that is when the day
 * started.
 */
export function startOfDayInstant(d: IsoDate, timeZone: string): Date {
  const target = dayNumber(toYmd(d));
  const wallMidnight = target * DAY_MS;
  const isStart = (t: number): boolean =>
    localDayNumber(t, timeZone) >= target && localDayNumber(t - 1, timeZone) < target;

  // The answer's offset is one the zone used within a day either side of midnight.
  const offsets = new Set<number>();
  for (const probe of [wallMidnight - DAY_MS, wallMidnight, wallMidnight + DAY_MS]) {
    const local = localDateTime(probe, timeZone);
    offsets.add(dayNumber(local) * DAY_MS + local.timeMs - (probe - (((probe % 1000) + 1000) % 1000)));
  }
  const candidates = [...offsets].map((offset) => wallMidnight - offset).sort((a, b) => a - b);
  for (const candidate of candidates) if (isStart(candidate)) return new Date(candidate);

  // Midnight does not exist that day: binary-search the instant the local date flips.
  let lo = wallMidnight - 2 * DAY_MS;
  let hi = wallMidnight + 2 * DAY_MS;
  if (localDayNumber(lo, timeZone) >= target || localDayNumber(hi, timeZone) < target) {
    throw new Error(`Could not find the start of ${d} in ${timeZone}.`);
  }
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (localDayNumber(mid, timeZone) >= target) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}
