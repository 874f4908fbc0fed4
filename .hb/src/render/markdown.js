/**
 * Markdown for text we do not control (test names, failure messages, issue titles). GitHub renders
 * job summaries and comments as GitHub-flavoured markdown with some HTML, so untrusted text could
 * break a table, inject HTML or ping people. Everything untrusted goes through these functions.
 */
const ZERO_WIDTH_SPACE = '\u200b';
/** Cap a string to `max` characters, marking the cut. */
export function truncate(text, max) {
    if (text.length <= max)
        return text;
    return `${text.slice(0, Math.max(0, max - 1))}…`;
}
/**
 * Text safe inside a paragraph or a table cell: one line, HTML and markdown punctuation escaped,
 * `@mention`s and `#123` references defused so nobody is notified and nothing is cross-linked.
 */
export function escapeText(text, max = 300) {
    const oneLine = truncate(text.replace(/\r\n|\r|\n/g, ' ').replace(/\s+/g, ' ').trim(), max);
    return oneLine
        .replace(/([\\`*_[\]~|])/g, '\\$1')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@(?=[A-Za-z0-9-])/g, `@${ZERO_WIDTH_SPACE}`)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`);
}
/**
 * Inline code for identifiers such as nodeids: the longest backtick run inside decides the fence,
 * pipes are escaped for tables; inside code nothing else is interpreted, so mentions are inert.
 */
export function code(text, max = 200) {
    const oneLine = truncate(text.replace(/\r\n|\r|\n/g, ' '), max).replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/** A link whose text is untrusted and whose URL must be http(s); anything else becomes plain text. */
export function link(text, url) {
    const label = escapeText(text, 120);
    if (!url || !/^https?:\/\/[^\s()<>]+$/.test(url))
        return label;
    return `[${label}](${url})`;
}
/** A markdown table; cells must already be escaped. */
export function table(header, rows) {
    if (rows.length === 0)
        return '';
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A collapsed block; the summary line is trusted text of ours. */
export function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Bytes of a string as GitHub counts them for its size limits (UTF-8). */
export const byteLength = (text) => Buffer.byteLength(text, 'utf8');
