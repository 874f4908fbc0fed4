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

/** null for an empty series: "no data" is said, never computed (the seed's max() of an empty list). */
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

/** Up to `buckets` evenly spaced values over [start, end]; each the max of its samples, null if none. */
export function downsample(points: Point[], start: number, end: number, buckets: number): Array<[number, number | null]> {
  const span = Math.max(1, end - start)
  const n = Math.max(1, Math.min(buckets, points.length || buckets))
  const width = span / n
  const out: Array<[number, number | null]> = Array.from({ length: n }, (_, i) => [start + i * width, null])
  for (const [t, v] of points) {
    if (t < start || t > end) continue
    const i = Math.min(n - 1, Math.floor((t - start) / width))
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
