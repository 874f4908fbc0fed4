/**
 * The strength of a load-bearing test: how surprising it is that it failed before `a` of `n`
 * incidents when it fails in a random window with probability p0.
 */
import type { Strength } from './types.js'
import { DAY_MS } from './time.js'

const logFactorials: number[] = [0]

function logFactorial(n: number): number {
  for (let k = logFactorials.length; k <= n; k++) logFactorials[k] = logFactorials[k - 1] + Math.log(k)
  return logFactorials[n]
}

/**
 * One-sided binomial tail P(X >= a | n, p), summed exactly term by term in log space (log-sum-exp),
 * so n in the thousands neither overflows the binomial coefficients nor underflows small terms.
 */
export function binomialTail(a: number, n: number, p: number): number {
  if (!Number.isInteger(a) || !Number.isInteger(n) || n < 0) throw new RangeError(`binomialTail(${a}, ${n}, ${p})`)
  if (a <= 0) return 1
  if (a > n) return 0
  if (p <= 0) return 0
  if (p >= 1) return 1
  const logP = Math.log(p)
  const logQ = Math.log1p(-p)
  const logTerm = (k: number): number =>
    logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * logP + (n - k) * logQ
  let max = -Infinity
  for (let k = a; k <= n; k++) max = Math.max(max, logTerm(k))
  let sum = 0
  for (let k = a; k <= n; k++) sum += Math.exp(logTerm(k) - max)
  return Math.min(1, Math.exp(max + Math.log(sum)))
}

export interface BaseRate {
  /** clamped into [1/(2 days), 1 - 1/(2 days)] so lift and p-value stay finite and meaningful */
  p0: number
  days: number
  daysWithFailureWindow: number
}

/**
 * p0: each UTC calendar day from the day of `firstSeen` to the day of `now` is one trial; a day
 * counts when the window ending at its end, [day_end - window, day_end), holds a failure.
 * A failure at time f therefore counts the days whose end (a UTC midnight) lies in (f, f + window].
 */
export function baseRate(failureTimes: ArrayLike<number>, firstSeen: number, now: number, windowMs: number): BaseRate {
  const firstDay = Math.floor(firstSeen / DAY_MS)
  const lastDay = Math.max(firstDay, Math.floor(now / DAY_MS))
  const days = lastDay - firstDay + 1
  // day d ends at midnight number d + 1; sweep the merged midnight ranges of all failures
  const minEnd = firstDay + 1
  const maxEnd = lastDay + 1
  let counted = 0
  let coveredUpTo = minEnd - 1
  for (let i = 0; i < failureTimes.length; i++) {
    const f = failureTimes[i]
    const from = Math.max(Math.floor(f / DAY_MS) + 1, coveredUpTo + 1, minEnd)
    const to = Math.min(Math.floor((f + windowMs) / DAY_MS), maxEnd)
    if (to >= from) {
      counted += to - from + 1
      coveredUpTo = to
    }
  }
  const floor = 1 / (2 * days)
  const p0 = Math.min(Math.max(counted / days, floor), 1 - floor)
  return { p0, days, daysWithFailureWindow: counted }
}

export function strengthOf(a: number, pValue: number): Strength {
  if (a >= 3 && pValue < 0.01) return 'strong'
  if (a >= 2 && pValue < 0.05) return 'moderate'
  return 'anecdotal'
}
