/**
 * Size budgets. GitHub drops a job summary over 1 MiB per step entirely and refuses a comment over
 * 65,536 characters, so documents are rendered at decreasing detail until one fits.
 */
import { byteLength } from './markdown.js'

/** full lists, then the top entries of each list, then counts only */
export type Detail = 'full' | 'top' | 'counts'
export const DETAIL_LEVELS: Detail[] = ['full', 'top', 'counts']

/** GitHub's limit for one step's summary is 1 MiB; keep a margin for what other steps append. */
export const SUMMARY_BUDGET_BYTES = 1024 * 1024 - 16 * 1024
/** GitHub's limit for an issue comment body is 65,536 characters. */
export const COMMENT_BUDGET_CHARS = 65536 - 200 // room for the hidden marker comments/body.ts adds

/**
 * Render at the most detailed level that fits `fits`; the last level is cut hard as a last resort
 * (with a note), so the result always fits.
 */
export function renderWithin(render: (detail: Detail) => string, fits: (text: string) => boolean, cut: (text: string) => string): { text: string; detail: Detail } {
  for (const detail of DETAIL_LEVELS) {
    const text = render(detail)
    if (fits(text)) return { text, detail }
  }
  return { text: cut(render('counts')), detail: 'counts' }
}

export const fitsSummary = (text: string): boolean => byteLength(text) <= SUMMARY_BUDGET_BYTES
export const fitsComment = (text: string): boolean => text.length <= COMMENT_BUDGET_CHARS

const CUT_NOTE = '\n\n_(cut to fit GitHub\'s size limit; the whole findings are in findings.json)_\n'

/** Cut to a byte budget at a line boundary, never inside a multi-byte character. */
export function cutToBytes(text: string, budget = SUMMARY_BUDGET_BYTES): string {
  const room = budget - byteLength(CUT_NOTE)
  const buffer = Buffer.from(text, 'utf8')
  if (buffer.length <= budget) return text
  let cut = buffer.subarray(0, room).toString('utf8').replace(/\uFFFD$/, '')
  const lastNewline = cut.lastIndexOf('\n')
  if (lastNewline > 0) cut = cut.slice(0, lastNewline)
  return cut + CUT_NOTE
}

export function cutToChars(text: string, budget = COMMENT_BUDGET_CHARS): string {
  if (text.length <= budget) return text
  let cut = text.slice(0, budget - CUT_NOTE.length)
  const lastNewline = cut.lastIndexOf('\n')
  if (lastNewline > 0) cut = cut.slice(0, lastNewline)
  return cut + CUT_NOTE
}
