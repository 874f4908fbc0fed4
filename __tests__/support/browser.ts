/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Markdown as a reader sees it: GitHub-flavoured markdown turned into HTML by `marked`, styled
 * like GitHub's markdown body on a 900 px page, every ```mermaid block drawn by the real Mermaid in
 * a real headless Chromium (Debian's `chromium`, driven by puppeteer-core; nothing is downloaded).
 *
 * CHROMIUM_PATH names the browser; without it the usual Debian paths are tried. Where none is
 * installed the caller skips loudly, and REQUIRE_BROWSER=1 (set by .ci/run) makes that a failure.
 */
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { marked } from 'marked'
import puppeteer, { type Browser } from 'puppeteer-core'

export const PAGE_WIDTH = 900

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'].filter((p): p is string => Boolean(p))
  return candidates.find((p) => existsSync(p)) ?? null
}

export async function launchBrowser(executablePath: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath,
    headless: true,
    // root in a container: no sandbox; /dev/shm may be tiny
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--font-render-hinting=none']
  })
}

/** Enough of GitHub's markdown CSS to measure widths and heights the way github.com lays them out. */
const GITHUB_CSS = `
  body { margin: 0; background: #fff; }
  .markdown-body { box-sizing: border-box; width: ${PAGE_WIDTH}px; padding: 16px 24px; color: #1f2328;
    font-family: -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; font-size: 16px; line-height: 1.5; word-wrap: break-word; }
  .markdown-body h1 { font-size: 2em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: .67em 0 16px; }
  .markdown-body h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 24px 0 16px; }
  .markdown-body h3 { font-size: 1.25em; margin: 24px 0 16px; }
  .markdown-body p, .markdown-body ul, .markdown-body table, .markdown-body details, .markdown-body pre, .markdown-body blockquote { margin: 0 0 16px; }
  .markdown-body table { display: block; width: max-content; max-width: 100%; overflow: auto; border-collapse: collapse; border-spacing: 0; }
  .markdown-body td, .markdown-body th { padding: 6px 13px; border: 1px solid #d1d9e0; }
  .markdown-body code { font-family: ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace; font-size: 85%; padding: .2em .4em; background: #eff1f3; border-radius: 6px; white-space: break-spaces; }
  .markdown-body pre { padding: 16px; overflow: auto; background: #f6f8fa; }
  .markdown-body pre code { white-space: pre; background: none; padding: 0; }
  .markdown-body sub { font-size: 75%; }
  .markdown-body .mermaid-chart svg { max-width: 100%; height: auto; }
`

export interface PageReport {
  /** one entry per ```mermaid block: null when it rendered, else Mermaid's error */
  mermaid: Array<string | null>
  /** the SVG markup of each rendered chart */
  svgs: string[]
  /** the content width of every table (every <details> open), in document order */
  tableWidths: number[]
  /** the header row of each of those tables, to say which one is too wide */
  tableHeaders: string[]
  /** the page's height with every <details> closed, as a reader first sees it */
  height: number
}

/**
 * Renders `markdown` in `browser`, draws its charts, measures it, and saves a full-page screenshot
 * (details closed unless `openDetails`) to `screenshot` when given.
 */
export async function renderMarkdown(browser: Browser, markdown: string, options: { screenshot?: string; openDetails?: boolean; dark?: boolean } = {}): Promise<PageReport> {
  const html = await marked.parse(markdown, { gfm: true })
  const page = await browser.newPage()
  try {
    await page.setViewport({ width: PAGE_WIDTH, height: 800 })
    const dark = options.dark ? '<style>body { background: #0d1117; } .markdown-body { color: #f0f6fc; } .markdown-body code { background: #262c36; }</style>' : ''
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${GITHUB_CSS}</style>${dark}</head><body><article class="markdown-body">${html}</article></body></html>`)
    await page.addScriptTag({ path: resolve('node_modules/mermaid/dist/mermaid.min.js') })
    const drawn = await page.evaluate(async (theme: string) => {
      const m = (window as unknown as { mermaid: { initialize: (c: object) => void; render: (id: string, text: string) => Promise<{ svg: string }> } }).mermaid
      m.initialize({ startOnLoad: false, theme, securityLevel: 'strict' })
      // charts are drawn with every <details> open, as a reader who opens them sees them
      for (const d of document.querySelectorAll('details')) d.open = true
      const results: Array<string | null> = []
      const svgs: string[] = []
      const blocks = [...document.querySelectorAll('pre > code.language-mermaid')]
      for (const [i, block] of blocks.entries()) {
        try {
          const { svg } = await m.render(`chart-${i}`, block.textContent ?? '')
          const holder = document.createElement('div')
          holder.className = 'mermaid-chart'
          holder.innerHTML = svg
          block.parentElement?.replaceWith(holder)
          results.push(svg.includes('Syntax error') ? 'Mermaid drew its error picture' : null)
          svgs.push(svg)
        } catch (error) {
          results.push(error instanceof Error ? error.message : String(error))
          svgs.push('')
        }
      }
      return { results, svgs }
    }, options.dark ? 'dark' : 'default')
    const tableWidths = await page.evaluate(() => [...document.querySelectorAll('table')].map((t) => t.scrollWidth))
    const tableHeaders = await page.evaluate(() => [...document.querySelectorAll('table')].map((t) => t.rows[0]?.textContent?.trim() ?? ''))
    await page.evaluate((open: boolean) => {
      for (const d of document.querySelectorAll('details')) d.open = open
    }, options.openDetails ?? false)
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
    if (options.screenshot) {
      await mkdir(join(options.screenshot, '..'), { recursive: true })
      await page.screenshot({ path: options.screenshot as `${string}.png`, fullPage: true })
    }
    return { mermaid: drawn.results, svgs: drawn.svgs, tableWidths, tableHeaders, height }
  } finally {
    await page.close()
  }
}
