/** Median of a list of numbers (the figure quoted for noisy machines). */
export function median(values) {
    if (values.length === 0)
        throw new Error('median of no values');
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
