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
