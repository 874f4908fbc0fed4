/**
 * The body of the action's comment on an incident issue: it starts with a hidden marker (how the
 * comment is found again) and fits GitHub's limit of 65,536 characters; a longer body is cut at a
 * line break, any open code fence or <details> block is closed, and a note says where the rest is.
 */

export const COMMENT_LIMIT = 65_536
export const DEFAULT_MARKER = '<!-- test-incident-loop:incident -->'

const TRUNCATION_NOTE = '\n\n_This comment was cut to fit GitHub\'s limit of 65,536 characters; the full findings are in `findings.json` (see the job summary)._\n'

/** A marker must be one HTML comment, so it renders as nothing and cannot close early. */
export function assertMarker(marker: string): void {
  if (!/^<!-- [A-Za-z0-9:._/-]{1,100} -->$/.test(marker)) {
    throw new Error(`Comment marker ${JSON.stringify(marker)} must look like \`<!-- name:kind -->\``)
  }
}

/** The body to store: the marker first, line endings normalised, within the limit. */
export function commentBody(body: string, marker: string, limit = COMMENT_LIMIT): string {
  const text = body.replace(/\r\n?/g, '\n')
  const marked = text.startsWith(marker) ? text : `${marker}\n${text}`
  return marked.length <= limit ? marked : truncateBody(marked, limit)
}

function truncateBody(text: string, limit: number): string {
  // Room for the note and for closing what the cut leaves open (a fence, a few <details>).
  const reserve = TRUNCATION_NOTE.length + 200
  let cut = text.slice(0, Math.max(0, limit - reserve))
  const lastBreak = cut.lastIndexOf('\n')
  if (lastBreak > cut.length / 2) cut = cut.slice(0, lastBreak)
  // never leave half a surrogate pair
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1)
  let closing = ''
  if (openFence(cut)) closing += '\n```'
  const openDetails = count(cut, /<details\b/gi) - count(cut, /<\/details>/gi)
  for (let i = 0; i < Math.min(Math.max(openDetails, 0), 5); i++) closing += '\n\n</details>'
  const result = `${cut}${closing}${TRUNCATION_NOTE}`
  return result.length <= limit ? result : result.slice(0, limit)
}

function openFence(text: string): boolean {
  let open = false
  for (const line of text.split('\n')) if (/^\s{0,3}```/.test(line)) open = !open
  return open
}

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length
}

/** Bodies GitHub gives back may use CRLF; compare contents, not line endings. */
export function sameBody(a: string | null | undefined, b: string): boolean {
  return (a ?? '').replace(/\r\n?/g, '\n') === b
}
