/**
 * The outputs as a person reads them: the demo's job summary, one of its incident comments and its
 * quarterly review, and the summary of a large history (3,000 tests, 120 incidents), rendered as
 * GitHub-flavoured markdown with the real Mermaid in headless Chromium. Every chart must draw, no
 * table may be wider than a 900 px page, and the large summary must stay short. Screenshots land in
 * test-artifacts/browser/ (gitignored) for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser } from 'puppeteer-core'
import { analyze } from '../../src/analysis/index.js'
import { demoCommand } from '../../src/cli/demo.js'
import { renderSummary } from '../../src/render/summary.js'
import { renderTrendsSection } from '../../src/render/trends.js'
import { computeTrends } from '../../src/trends/index.js'
import { findChromium, launchBrowser, PAGE_WIDTH, renderMarkdown, type PageReport } from '../support/browser.js'
import { chartProblems, mermaidCharts } from '../trends/xychart-check.js'
import { largeHistory, NOW } from './large-history.js'

/**
 * The large summary's height with every <details> closed. Measured at 6,603 px on the
 * fixture (Chromium 156, Debian fonts, 2026-12-01; the issue started from 38,000 px); the bound leaves room for fonts.
 */
export const LARGE_SUMMARY_MAX_HEIGHT_PX = 10_000
/** GitHub's job-summary size the issue asks for a large history. */
const LARGE_SUMMARY_MAX_BYTES = 40_000

const ARTIFACTS = resolve('test-artifacts/browser')
const chromium = findChromium()
if (!chromium && process.env.REQUIRE_BROWSER === '1') throw new Error('REQUIRE_BROWSER=1 but no chromium was found: install Debian\'s chromium or set CHROMIUM_PATH.')
if (!chromium) console.warn('SKIPPED: the real-browser render check needs chromium (apt-get install chromium, or CHROMIUM_PATH).')
const suite = chromium ? describe : describe.skip

/** Tables of more than `max` rows that a reader sees without opening anything. */
function longOpenTables(markdown: string, max: number): number[] {
  const open = markdown.replace(/<details>[\s\S]*?<\/details>/g, '')
  return open
    .split(/\n\n+/)
    .filter((block) => block.startsWith('| '))
    .map((block) => block.split('\n').length - 2)
    .filter((rows) => rows > max)
}

function expectReadable(report: PageReport, markdown: string): void {
  expect(report.mermaid).toHaveLength(mermaidCharts(markdown).length)
  expect(report.mermaid.filter((e) => e !== null)).toEqual([])
  for (const [i, chart] of mermaidCharts(markdown).entries()) {
    expect(chartProblems(chart)).toEqual([])
    // the palette reached the drawing: the first series is in the chart's first colour
    expect(report.svgs[i].toLowerCase()).toContain((chart.palette as string[])[0].toLowerCase())
  }
  const wide = report.tableWidths.map((w, i) => ({ width: w, header: report.tableHeaders[i] })).filter((t) => t.width > PAGE_WIDTH)
  expect(wide).toEqual([])
}

suite('rendered in a real browser', () => {
  let browser: Browser
  let out = ''
  let summary = ''
  let comment = ''
  let review = ''

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'render-browser-'))
    const log = console.log
    console.log = () => {}
    try {
      expect(await demoCommand.run({ out }, [])).toBe(0)
    } finally {
      console.log = log
    }
    summary = await readFile(join(out, 'summary.md'), 'utf8')
    comment = await readFile(join(out, 'comments', 'INC-103.md'), 'utf8')
    review = await readFile(join(out, 'review.md'), 'utf8')
    browser = await launchBrowser(chromium as string)
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    if (out) await rm(out, { recursive: true, force: true })
  })

  it('draws the demo summary: charts without error, tables within the page', async () => {
    const report = await renderMarkdown(browser, summary, { screenshot: join(ARTIFACTS, 'demo-summary.png') })
    expect(report.mermaid.length).toBeGreaterThanOrEqual(4)
    expectReadable(report, summary)
    await renderMarkdown(browser, summary, { screenshot: join(ARTIFACTS, 'demo-summary-open.png'), openDetails: true })
  }, 180_000)

  it('draws an incident comment with its production charts', async () => {
    const report = await renderMarkdown(browser, comment, { screenshot: join(ARTIFACTS, 'demo-comment-INC-103.png') })
    expect(report.mermaid).toHaveLength(2)
    expectReadable(report, comment)
    // GitHub's dark theme: Mermaid's dark theme, the same explicit palette
    const dark = await renderMarkdown(browser, comment, { screenshot: join(ARTIFACTS, 'demo-comment-INC-103-dark.png'), dark: true })
    expectReadable(dark, comment)
  }, 180_000)

  it('draws the quarterly review', async () => {
    const report = await renderMarkdown(browser, review, { screenshot: join(ARTIFACTS, 'demo-review.png') })
    expect(report.mermaid.length).toBeGreaterThanOrEqual(5)
    expectReadable(report, review)
  }, 180_000)

  it('keeps the summary of a large history short, narrow and drawable', async () => {
    const { rollup, incidents, run } = largeHistory()
    const findings = analyze(rollup, incidents, { now: NOW })
    expect([findings.test_count, findings.incident_count]).toEqual([expect.any(Number), 120])
    expect(findings.test_count).toBeGreaterThanOrEqual(3000)
    const trends = renderTrendsSection(computeTrends(rollup, incidents, { now: NOW }))
    const { text, detail } = renderSummary({ status: [], notices: [], findings, run, findingsPath: 'findings.json', trends, historyStart: rollup.runs[0].created })
    expect(detail).toBe('full')
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(LARGE_SUMMARY_MAX_BYTES)
    expect(longOpenTables(text, 30)).toEqual([])
    const report = await renderMarkdown(browser, text, { screenshot: join(ARTIFACTS, 'large-summary.png') })
    expectReadable(report, text)
    expect(report.height).toBeLessThanOrEqual(LARGE_SUMMARY_MAX_HEIGHT_PX)
    console.log(`large summary: ${Buffer.byteLength(text)} bytes, ${report.height} px tall with details closed, widest table ${Math.max(...report.tableWidths)} px`)
  }, 180_000)
})
