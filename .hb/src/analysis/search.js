/** Index of the first element >= value in an ascending array (length when none). */
export function lowerBound(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Index of the first element > value in an ascending array (length when none). */
export function upperBound(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] <= value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Elements in the half-open range [from, to). */
export const countInHalfOpen = (sorted, from, to) => Math.max(0, lowerBound(sorted, to) - lowerBound(sorted, from));
