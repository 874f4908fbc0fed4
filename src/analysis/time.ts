import { InputError } from '../errors.js'

export const DAY_MS = 86_400_000

/** Milliseconds of an ISO 8601 time; `what` names the field in the error a bad value raises. */
export function toMillis(iso: string, what: string): number {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) {
    throw new InputError(`${what} is not a valid ISO 8601 time ("${iso}"): write it like 2026-03-01T12:00:00Z.`)
  }
  return ms
}

export const toIso = (ms: number): string => new Date(ms).toISOString()

/**
 * The form `toISOString` writes (and the history stores): `2026-03-01T12:00:00.000Z`. Two
 * canonical times compare as strings exactly as they compare as times.
 */
export const isCanonicalTime = (iso: string): boolean =>
  iso.length === 24 &&
  iso.charCodeAt(4) === 45 /* - */ &&
  iso.charCodeAt(10) === 84 /* T */ &&
  iso.charCodeAt(19) === 46 /* . */ &&
  iso.charCodeAt(23) === 90 /* Z */

/**
 * `iso` in canonical form (as it is when it already is); a time that does not parse is an
 * InputError naming `<field> of <subject>` (built only then: this runs for every time of the history).
 */
export const canonicalTime = (iso: string, field: string, subject: string): string =>
  isCanonicalTime(iso) ? iso : toIso(toMillis(iso, `${field} of ${subject}`))

/** Round half away from zero to 2 decimals, so 73.335 shows as 73.34 rather than a float artefact. */
export function round2(value: number): number {
  const sign = value < 0 ? -1 : 1
  return (sign * Math.round(Math.abs(value) * 100 + 1e-9)) / 100
}

/** CONTRACT: component match is case-insensitive with surrounding whitespace ignored (failure modes and incident ids too). */
export const matchKey = (name: string): string => name.trim().toLowerCase()
