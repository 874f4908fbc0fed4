/**
 * Deterministic JSON for the data branch: keys sorted at every level, and the outer containers
 * broken into one entry per line so that git stores a new version of a file as a small delta of
 * the previous one (a changed entry changes one line, an added entry adds one line).
 */
/** Compact JSON with sorted object keys (arrays keep their order). */
export function stableStringify(value) {
    return render(value, 0, 0);
}
/**
 * JSON with sorted keys where containers nested less than `lineDepth` deep put each member on its
 * own line (no indentation: it would only cost bytes); deeper containers stay compact.
 * Ends with a newline.
 */
export function serializeLines(value, lineDepth) {
    return render(value, 0, lineDepth) + '\n';
}
function render(value, depth, lineDepth) {
    if (value === null || typeof value !== 'object') {
        if (value === undefined)
            return 'null';
        if (typeof value === 'number' && !Number.isFinite(value)) {
            throw new Error(`cannot serialise the number ${value} in the history`);
        }
        return JSON.stringify(value);
    }
    const sep = depth < lineDepth ? ',\n' : ',';
    const open = depth < lineDepth ? '\n' : '';
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        return '[' + open + value.map((v) => render(v, depth + 1, lineDepth)).join(sep) + open + ']';
    }
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (entries.length === 0)
        return '{}';
    const body = entries.map(([k, v]) => JSON.stringify(k) + ':' + render(v, depth + 1, lineDepth)).join(sep);
    return '{' + open + body + open + '}';
}
