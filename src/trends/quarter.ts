/**
 * Calendar quarters in UTC, named like `2026Q4` (October to December 2026). A quarter's range is
 * half-open, `[start, end)`: a run at midnight on 1 January belongs to the new year's first quarter.
 */
import { InputError } from '../errors.js'

export type QuarterName = `${number}Q${1 | 2 | 3 | 4}`

export interface QuarterRange {
  name: QuarterName
  /** first instant of the quarter */
  start: Date
  /** first instant of the next quarter (exclusive) */
  end: Date
}

const QUARTER_PATTERN = /^(\d{4})\s*-?\s*Q([1-4])$/i

/** The quarter a time falls in. */
export function quarterOf(date: Date): QuarterName {
  const ms = date.getTime()
  if (Number.isNaN(ms)) throw new InputError('quarterOf was given an invalid date: pass a real date (e.g. 2026-11-05T00:00:00Z).')
  return `${date.getUTCFullYear()}Q${(Math.floor(date.getUTCMonth() / 3) + 1) as 1 | 2 | 3 | 4}`
}

/** Reads `2026Q4` (also `2026-Q4`, `2026q4`); anything else is an InputError naming `what`. */
export function parseQuarter(text: string, what = 'The quarter'): QuarterName {
  const match = QUARTER_PATTERN.exec(text.trim())
  if (!match) throw new InputError(`${what} "${text}" is not a quarter: write it as YEAR then Q1 to Q4, e.g. 2026Q4.`)
  return `${Number(match[1])}Q${Number(match[2]) as 1 | 2 | 3 | 4}`
}

export function quarterRange(quarter: string): QuarterRange {
  const name = parseQuarter(quarter)
  const [year, q] = name.split('Q').map(Number)
  return { name, start: new Date(Date.UTC(year, (q - 1) * 3, 1)), end: new Date(Date.UTC(year, q * 3, 1)) }
}

/** The quarter `offset` quarters away (negative: earlier). */
export function shiftQuarter(quarter: string, offset: number): QuarterName {
  const [year, q] = parseQuarter(quarter).split('Q').map(Number)
  const index = year * 4 + (q - 1) + offset
  return `${Math.floor(index / 4)}Q${((index % 4) + 1) as 1 | 2 | 3 | 4}`
}

/** `count` quarters ending with `last`, oldest first. */
export function quartersEndingWith(last: string, count: number): QuarterName[] {
  return Array.from({ length: count }, (_, i) => shiftQuarter(last, i - count + 1))
}
