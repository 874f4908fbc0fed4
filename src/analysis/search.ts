/** Binary searches over ascending arrays (epoch numbers or canonical ISO strings, which sort as times). */

/** Index of the first element >= value (length when none). */
export function lowerBound<T extends number | string>(sorted: ArrayLike<T>, value: T): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid] < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the first element > value (length when none): the count of elements <= value. */
export function upperBound<T extends number | string>(sorted: ArrayLike<T>, value: T): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid] <= value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * lowerBound for times in epoch ms. The same loop, kept apart so that each copy only ever sees
 * one element type: V8 compiles a monomorphic loop much sooner and better, which matters in a
 * short process that runs it hundreds of thousands of times (the confidence model's run counts).
 */
export function lowerBoundMs(sorted: readonly number[], value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid] < value) lo = mid + 1
    else hi = mid
  }
  return lo
}
