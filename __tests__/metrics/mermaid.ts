/**
 * A structural check of the Mermaid charts we emit, written here because the mermaid package
 * needs a browser DOM to parse. It accepts the subset of xychart-beta we use: `xychart-beta`,
 * an optional `%%{init: ...}%%` palette line first, `title "..."`, `x-axis [...]` (quoted or bare categories) or `x-axis "t" min --> max`,
 * `y-axis "..." min --> max`, `line [numbers]` / `bar [numbers]`, each data list as long as the
 * x-axis categories, every value within the y range.
 */

export interface XyChart {
  /** colours of the init directive's plotColorPalette, null without one */
  palette: string[] | null
  title: string | null
  categories: string[] | null
  yMin: number
  yMax: number
  lines: number[][]
}

const NUMBER = String.raw`-?\d+(?:\.\d+)?`

export function checkXyChart(block: string): XyChart {
  const lines = block.split('\n').map((l) => l.trim()).filter((l) => l !== '')
  let palette: string[] | null = null
  const init = /^%%\{init: (\{.*\})\}%%$/.exec(lines[0] ?? '')
  if (init) {
    palette = String(JSON.parse(init[1]).themeVariables.xyChart.plotColorPalette).split(',').map((c) => c.trim())
    lines.shift()
  }
  if (lines[0] !== 'xychart-beta') throw new Error(`a chart must start with xychart-beta, not ${JSON.stringify(lines[0])}`)
  const chart: XyChart = { palette, title: null, categories: null, yMin: Number.NaN, yMax: Number.NaN, lines: [] }
  for (const line of lines.slice(1)) {
    let m: RegExpExecArray | null
    if ((m = /^title "([^"]*)"$/.exec(line))) chart.title = m[1]
    else if ((m = /^x-axis (?:"[^"]*" )?\[(.*)\]$/.exec(line))) {
      chart.categories = m[1].split(',').map((c) => c.trim()).map((c) => {
        if (!/^"[^"]*"$|^[A-Za-z0-9_.-]+$/.test(c)) throw new Error(`bad x-axis category ${c}`)
        return c.replace(/^"|"$/g, '')
      })
    } else if (new RegExp(`^x-axis (?:"[^"]*" )?(${NUMBER}) --> (${NUMBER})$`).test(line)) chart.categories = null
    else if ((m = new RegExp(`^y-axis (?:"[^"]*" )?(${NUMBER}) --> (${NUMBER})$`).exec(line))) {
      chart.yMin = Number(m[1])
      chart.yMax = Number(m[2])
      if (!(chart.yMin < chart.yMax)) throw new Error(`y-axis range ${line} is empty`)
    } else if ((m = new RegExp(`^(?:line|bar) \\[((?:${NUMBER})(?:, ?${NUMBER})*)\\]$`).exec(line))) chart.lines.push(m[1].split(',').map(Number))
    else throw new Error(`not in the xychart-beta subset: ${JSON.stringify(line)}`)
  }
  if (chart.lines.length === 0) throw new Error('a chart without data')
  for (const data of chart.lines) {
    if (chart.categories && data.length !== chart.categories.length) throw new Error(`${data.length} values for ${chart.categories.length} categories`)
    if (!Number.isNaN(chart.yMax) && data.some((v) => v < chart.yMin || v > chart.yMax)) throw new Error(`a value outside the y range ${chart.yMin}..${chart.yMax}`)
  }
  return chart
}

/** Every ```mermaid block of a markdown text, checked. */
export function checkMermaidBlocks(markdown: string): XyChart[] {
  const blocks = [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1])
  return blocks.map(checkXyChart)
}
