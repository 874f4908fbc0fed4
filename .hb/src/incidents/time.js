/**
 * Incident times: ISO 8601 with a zone, normalised to UTC. A time without a zone is rejected, never
 * guessed: the runner's zone says nothing about where the incident was written down.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;
export function parseZonedTime(text) {
    const m = DATE_TIME.exec(text.trim());
    if (!m)
        return { ok: false, reason: 'invalid' };
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    const parts = [Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)];
    const [year, month, day, hour, minute, second] = parts;
    const millis = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
    const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
    const back = new Date(utc);
    // Date.UTC rolls 2026-02-30 over to March: reject anything that does not round-trip.
    const real = back.getUTCFullYear() === year &&
        back.getUTCMonth() === month - 1 &&
        back.getUTCDate() === day &&
        back.getUTCHours() === hour &&
        back.getUTCMinutes() === minute &&
        back.getUTCSeconds() === second;
    if (!real)
        return { ok: false, reason: 'invalid' };
    if (h === undefined || zone === undefined)
        return { ok: false, reason: 'no-zone' };
    const offsetMinutes = zoneOffsetMinutes(zone);
    if (offsetMinutes === null)
        return { ok: false, reason: 'invalid' };
    return { ok: true, iso: new Date(utc - offsetMinutes * 60_000).toISOString() };
}
function zoneOffsetMinutes(zone) {
    if (/^(z|utc)$/i.test(zone))
        return 0;
    const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (!m)
        return null;
    const hours = Number(m[2]);
    const minutes = Number(m[3] ?? 0);
    if (hours > 14 || minutes > 59)
        return null;
    return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
/** How to write a time the parser accepts, for messages. */
export const TIME_HINT = 'ISO 8601 with a zone, e.g. `2026-11-20T14:05:00Z` or `2026-11-20T15:05:00+01:00`';
