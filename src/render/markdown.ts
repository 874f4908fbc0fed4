/**
 * Markdown for text we do not control (test names, failure messages, issue titles). GitHub renders
 * job summaries and comments as GitHub-flavoured markdown with some HTML, so untrusted text could
 * break a table, inject HTML or ping people. Everything untrusted goes through these functions.
 */

const ZERO_WIDTH_SPACE = '\u200b'

/** Cap a string to `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  return `${text.slice(0, Math.max(0, max - 1))}…`
}

/**
 * Text safe inside a paragraph or a table cell: one line, HTML and markdown punctuation escaped,
 * `@mention`s and `#123` references defused so nobody is notified and nothing is cross-linked.
 */
export function escapeText(text: string, max = 300): string {
  const oneLine = truncate(text.replace(/\r\n|\r|\n/g, ' ').replace(/\s+/g, ' ').trim(), max)
  return oneLine
    .replace(/([\\`*_[\]~|])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[A-Za-z0-9-])/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
}

/**
 * Inline code for identifiers such as nodeids: the longest backtick run inside decides the fence,
 * pipes are escaped for tables; inside code nothing else is interpreted, so mentions are inert.
 */
export function code(text: string, max = 200): string {
  const oneLine = truncate(text.replace(/\r\n|\r|\n/g, ' '), max).replace(/\|/g, '\\|')
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((r) => r.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${oneLine}${pad}${fence}`
}

/** A link whose text is untrusted and whose URL must be http(s); anything else becomes plain text. */
export function link(text: string, url: string | null | undefined): string {
  const label = escapeText(text, 120)
  if (!url || !/^https?:\/\/[^\s()<>]+$/.test(url)) return label
  return `[${label}](${url})`
}

/** A markdown table; cells must already be escaped. */
export function table(header: string[], rows: string[][]): string {
  if (rows.length === 0) return ''
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** A collapsed block; the summary line is trusted text of ours. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

/** Bytes of a string as GitHub counts them for its size limits (UTF-8). */
export const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8')

/**
 * A test in a narrow table cell: its name (after the file) as code, the file under it in small
 * print, where a path can wrap at its slashes. A code span cannot wrap, so the name is capped.
 */
export function testCell(nodeid: string, max = 56): string {
  const split = nodeid.indexOf('::')
  if (split < 0) return code(nodeid, max)
  const file = nodeid.slice(0, split)
  return `${code(nodeid.slice(split + 2), max)}<br><sub>${escapeText(file, 120).replace(/\//g, `/${ZERO_WIDTH_SPACE}`)}</sub>`
}

/** The test's name without its file, as code: for sentences. */
export function testName(nodeid: string, max = 80): string {
  const split = nodeid.indexOf('::')
  return code(split < 0 ? nodeid : nodeid.slice(split + 2), max)
}

/**
 * A table of `rows` that shows the first `shown` rows and collapses up to `folded` more under
 * `foldedLabel`; the remainder is counted in a line that points to findings.json.
 */
export function cappedTable(header: string[], rows: string[][], shown: number, folded: number, foldedLabel: string): string {
  const parts: string[] = []
  if (shown > 0) parts.push(table(header, rows.slice(0, shown)))
  const hidden = rows.slice(shown, shown + folded)
  if (hidden.length > 0) parts.push(details(`${foldedLabel} (${hidden.length})`, table(header, hidden)))
  const rest = rows.length - shown - hidden.length
  if (rest > 0) parts.push(`…and ${rest} more in findings.json.`)
  return parts.join('\n\n')
}

/** A short commit id, linked to the commit when the repository's URL is known. */
export function commitLink(sha: string, repositoryUrl: string | null | undefined): string {
  const short = code(sha.slice(0, 7))
  if (!repositoryUrl || !/^[0-9a-f]{7,64}$/i.test(sha)) return short
  const url = `${repositoryUrl.replace(/\/+$/, '')}/commit/${sha}`
  return /^https?:\/\/[^\s()<>]+$/.test(url) ? `[${short}](${url})` : short
}
