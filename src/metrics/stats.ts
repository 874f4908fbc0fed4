/** Small numeric helpers over samples: percentiles, peaks, downsampling for charts. */
import type { Point, SeriesStats } from './types.js'

/** Linear-interpolated percentile of sorted values (q in [0, 1]). */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const at = (sorted.length - 1) * q
  const lo = Math.floor(at)
  const hi = Math.ceil(at)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo)
}

/** null for an empty series: "no data" is said, never computed (the original sketch's max() of an empty list). */
export function seriesStats(points: Point[]): SeriesStats | null {
  if (points.length === 0) return null
  const sorted = points.map((p) => p[1]).sort((a, b) => a - b)
  return {
    samples: sorted.length,
    median: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted[sorted.length - 1])
  }
}

/** The highest sample and when (the earliest, on ties). */
export function peak(points: Point[]): Point | null {
  let best: Point | null = null
  for (const p of points) if (!best || p[1] > best[1]) best = p
  return best
}

const NICE_WIDTHS = [60, 120, 300, 600, 900, 1200, 1800, 3600, 7200, 10800, 21600, 43200, 86400]

/**
 * At most `buckets` intervals over [start, end] of a round width (5 min, 10 min, 1 h, ...) aligned
 * to the clock, so chart labels read 12:30, 12:40; each the max of its samples (a peak is never
 * averaged away), null if it has none.
 */
export function downsample(points: Point[], start: number, end: number, buckets: number): Array<[number, number | null]> {
  const span = Math.max(1, end - start)
  const width = NICE_WIDTHS.find((w) => span / w <= buckets) ?? Math.ceil(span / buckets / 86400) * 86400
  const first = Math.floor(start / width) * width
  const n = Math.max(1, Math.ceil((end - first) / width))
  const out: Array<[number, number | null]> = Array.from({ length: n }, (_, i) => [first + i * width, null])
  for (const [t, v] of points) {
    if (t < start || t > end) continue
    const i = Math.min(n - 1, Math.floor((t - first) / width))
    const cur = out[i][1]
    out[i][1] = cur === null ? v : Math.max(cur, v)
  }
  return out
}

/** Rounded to `digits` significant digits, so JSON stays readable and tests compare exactly. */
export function round(value: number, digits = 6): number {
  if (value === 0 || !Number.isFinite(value)) return value
  return Number(value.toPrecision(digits))
}

export const toIso = (seconds: number): string => new Date(Math.round(seconds * 1000)).toISOString()
