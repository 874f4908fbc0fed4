/**
 * A structural check of the Mermaid `xychart-beta` subset the renderers emit. The `mermaid` npm
 * package is not a dependency here (and its parser expects a browser DOM), so this follows the
 * grammar of Mermaid's xychart (keyword line, `title`, `x-axis` with a category list, `y-axis` with
 * a range, `bar` / `line` data lists) and adds what makes a chart meaningful: every series has one
 * value per category, and every value lies inside the y-axis range.
 */
const STRING = '"[^"\\n]*"'
const WORD = '[A-Za-z0-9_]+'
const NUMBER = '[+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)'
const CATEGORY = `(?:${STRING}|${WORD})`
const LIST_OF = (item: string): string => `\\[\\s*${item}(?:\\s*,\\s*${item})*\\s*\\]`

const TITLE = new RegExp(`^title\\s+(${STRING}|${WORD})$`)
const X_AXIS = new RegExp(`^x-axis(?:\\s+(${STRING}|${WORD}))?\\s+(${LIST_OF(CATEGORY)})$`)
const X_RANGE = new RegExp(`^x-axis(?:\\s+(${STRING}|${WORD}))?\\s+(${NUMBER})\\s*-->\\s*(${NUMBER})$`)
const INIT = /^%%\{init: (\{.*\})\}%%$/
const Y_AXIS = new RegExp(`^y-axis(?:\\s+(${STRING}|${WORD}))?(?:\\s+(${NUMBER})\\s*-->\\s*(${NUMBER}))?$`)
const SERIES = new RegExp(`^(bar|line)\\s+(${LIST_OF(NUMBER)})$`)

export interface ParsedChart {
  /** the plot palette of the init directive, null without one */
  palette: string[] | null
  title: string | null
  /** the category labels; for a numeric range axis, one empty label per value */
  categories: string[]
  yRange: [number, number] | null
  series: { kind: 'bar' | 'line'; values: number[] }[]
}

const unquote = (s: string): string => (s.startsWith('"') ? s.slice(1, -1) : s)
const items = (list: string, item: RegExp): string[] => list.slice(1, -1).match(item) ?? []

/** Parses one chart (the text inside a ```mermaid fence); throws naming the first problem. */
export function parseXyChart(source: string): ParsedChart {
  const lines = source.split('\n').map((l) => l.trim()).filter((l) => l !== '')
  let palette: string[] | null = null
  const init = INIT.exec(lines[0] ?? '')
  if (init) {
    const config = JSON.parse(init[1]) as { themeVariables?: { xyChart?: { plotColorPalette?: string } } }
    const colors = config.themeVariables?.xyChart?.plotColorPalette
    if (typeof colors !== 'string') throw new Error('an init directive without xyChart.plotColorPalette')
    palette = colors.split(',').map((c) => c.trim())
    lines.shift()
  }
  if (!/^xychart-beta(?:\s+horizontal)?$/.test(lines[0] ?? '')) throw new Error(`first line must be "xychart-beta", got ${JSON.stringify(lines[0])}`)
  const chart: ParsedChart = { palette, title: null, categories: [], yRange: null, series: [] }
  let sawX = false
  let range = false
  for (const line of lines.slice(1)) {
    let m: RegExpExecArray | null
    if ((m = TITLE.exec(line))) {
      if (chart.title !== null) throw new Error('two titles')
      chart.title = unquote(m[1])
    } else if ((m = X_AXIS.exec(line))) {
      if (sawX) throw new Error('two x-axis lines')
      sawX = true
      chart.categories = items(m[2], new RegExp(CATEGORY, 'g')).map(unquote)
    } else if (X_RANGE.test(line)) {
      if (sawX) throw new Error('two x-axis lines')
      sawX = true
      range = true
    } else if ((m = Y_AXIS.exec(line))) {
      if (m[2] !== undefined) chart.yRange = [Number(m[2]), Number(m[3])]
    } else if ((m = SERIES.exec(line))) {
      chart.series.push({ kind: m[1] as 'bar' | 'line', values: items(m[2], new RegExp(NUMBER, 'g')).map(Number) })
    } else {
      throw new Error(`not xychart-beta syntax: ${JSON.stringify(line)}`)
    }
  }
  if (chart.series.length === 0) throw new Error('no bar or line data')
  if (range) {
    chart.categories = chart.series[0].values.map(() => '')
    if (chart.series.some((s) => s.values.length !== chart.series[0].values.length)) throw new Error('series of different lengths on a range axis')
  }
  if (!sawX) throw new Error('no x-axis categories')
  if (chart.yRange && !(chart.yRange[0] < chart.yRange[1])) throw new Error(`empty y range ${chart.yRange.join(' --> ')}`)
  for (const s of chart.series) {
    if (s.values.length !== chart.categories.length) throw new Error(`${s.kind} has ${s.values.length} values for ${chart.categories.length} categories`)
    for (const v of s.values) {
      if (!Number.isFinite(v)) throw new Error(`${s.kind} value ${v} is not a number`)
      if (chart.yRange && (v < chart.yRange[0] || v > chart.yRange[1])) throw new Error(`${s.kind} value ${v} lies outside the y range ${chart.yRange.join(' --> ')}`)
    }
  }
  return chart
}

/** Every ```mermaid block of a markdown text, parsed; a block that is not well formed throws. */
export function mermaidCharts(markdown: string): ParsedChart[] {
  const blocks = [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1])
  const opened = (markdown.match(/^```mermaid$/gm) ?? []).length
  if (opened !== blocks.length) throw new Error(`${opened} mermaid fences opened, ${blocks.length} closed`)
  return blocks.map(parseXyChart)
}

/**
 * What a reader needs of every chart (issue "Charts that read"): an explicit palette with a colour
 * per series, at most 12 non-empty x labels, and no angle bracket in the title (GitHub shows `&lt;`).
 */
export function chartProblems(chart: ParsedChart): string[] {
  const problems: string[] = []
  if (!chart.palette || chart.palette.length < chart.series.length || !chart.palette.every((c) => /^#[0-9a-f]{6}$/i.test(c))) problems.push(`palette ${JSON.stringify(chart.palette)} does not colour its ${chart.series.length} series`)
  const labels = chart.categories.filter((c) => c.trim() !== '').length
  if (labels > 12) problems.push(`${labels} x labels`)
  if (/[<>]|&lt;|&gt;/.test(chart.title ?? '')) problems.push(`title ${JSON.stringify(chart.title)} holds an angle bracket`)
  return problems
}
