const DAY_MS = 86_400_000;

/** Parses 'YYYY-MM-DD' to a UTC day number; throws on anything else. */
export function parseDay(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new RangeError(`today must be 'YYYY-MM-DD', got '${s}'`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const day = t / DAY_MS;
  if (formatDay(day) !== s) throw new RangeError(`today is not a calendar date: '${s}'`);
  return day;
}

export const formatDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The day before the same calendar date `years` later (the last day of a term that starts on `day`). */
export function termEnd(day: number, years: number): number {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()) / DAY_MS - 1;
}

/** The first day of a term of `years` that ends on `endDay`. */
export function termStart(endDay: number, years: number): number {
  const d = new Date((endDay + 1) * DAY_MS);
  return Date.UTC(d.getUTCFullYear() - years, d.getUTCMonth(), d.getUTCDate()) / DAY_MS;
}
