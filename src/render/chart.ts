/**
 * The one writer of Mermaid `xychart-beta` blocks. Every chart gets an explicit plot palette
 * (Mermaid's default line colour is near-white on GitHub's light theme), a title without `<` or `>`
 * (GitHub shows them as `&lt;`), and at most MAX_X_LABELS labels on its x axis: a longer category
 * axis turns into a numbered range axis, so labels never run into each other. xychart-beta draws no
 * legend, so callers name the series in a line of text beside the chart (`legend`).
 * Only our own text reaches a chart; quotes and line breaks are still stripped from labels.
 */

/** GitHub's own colours, readable on its light and dark backgrounds alike. */
export const COLORS = {
  blue: '#2f81f7',
  grey: '#8c959f',
  red: '#e5534b',
  amber: '#d29922',
  green: '#3fb950'
} as const

export type ColorName = keyof typeof COLORS

/** More labels than this overlap on a 700 px wide chart. */
export const MAX_X_LABELS = 12

export interface Series {
  kind: 'bar' | 'line'
  values: number[]
  color: ColorName
  /** what the series is, for the legend line */
  name: string
}

export interface ChartSpec {
  title: string
  /** one label per value; more than MAX_X_LABELS become the range axis `rangeTitle` 1 --> n */
  categories: string[]
  /** the title of the range axis a long category axis turns into */
  rangeTitle?: string
  yTitle: string
  yMin: number
  yMax: number
  series: Series[]
}

/** A chart label: one line, no quotes, no angle brackets. */
export function chartLabel(text: string): string {
  return text
    .replace(/<=/g, '≤')
    .replace(/>=/g, '≥')
    .replace(/</g, 'under')
    .replace(/>/g, 'over')
    .replace(/["\r\n`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A number Mermaid reads: finite, at most 2 decimals, no exponent. */
export function chartNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`chart value ${value} is not finite`)
  const rounded = Math.round(value * 100) / 100
  return String(Object.is(rounded, -0) ? 0 : rounded)
}

/** The init directive that sets the palette, one colour per series in drawing order. */
export function paletteDirective(colors: string[]): string {
  return `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${colors.join(', ')}"}}}}%%`
}

/** The fenced block. */
export function mermaidXyChart(spec: ChartSpec): string {
  const n = spec.categories.length
  if (n === 0) throw new Error('a chart needs at least one category')
  if (spec.series.length === 0) throw new Error('a chart needs at least one series')
  for (const s of spec.series) if (s.values.length !== n) throw new Error(`a chart series has ${s.values.length} values for ${n} categories`)
  const quoted = (text: string): string => `"${chartLabel(text)}"`
  const xAxis = n <= MAX_X_LABELS ? `x-axis [${spec.categories.map(quoted).join(', ')}]` : `x-axis ${quoted(spec.rangeTitle ?? 'point')} 1 --> ${n}`
  const lines = [
    paletteDirective(spec.series.map((s) => COLORS[s.color])),
    'xychart-beta',
    `    title ${quoted(spec.title)}`,
    `    ${xAxis}`,
    `    y-axis ${quoted(spec.yTitle)} ${chartNumber(spec.yMin)} --> ${chartNumber(spec.yMax)}`,
    ...spec.series.map((s) => `    ${s.kind} [${s.values.map(chartNumber).join(', ')}]`)
  ]
  return ['```mermaid', ...lines, '```'].join('\n')
}

/** "blue line: measured · grey line: baseline" — the legend xychart-beta does not draw. */
export function legend(series: Series[]): string {
  return `<sub>${series.map((s) => `${s.color} ${s.kind}: ${s.name}`).join(' · ')}</sub>`
}

/** A y-axis top that leaves some room above the highest value. */
export function niceMax(values: number[], floor = 1): number {
  const top = Math.max(floor, ...values.filter(Number.isFinite))
  const step = 10 ** Math.floor(Math.log10(top))
  return Math.ceil((top * 1.1) / step) * step
}
