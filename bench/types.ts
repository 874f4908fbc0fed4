/** One measured figure of BENCHMARKS.md. */
export interface BenchFigure {
  /** what was measured, e.g. "read 25 MB pytest-json-report" */
  name: string
  /** the figure as shown, e.g. "1.21x JSON.parse (median of 5)" */
  value: string
  /** the target it is held against, if any, e.g. "<= 1.5x" */
  target?: string
  /** whether the target is met; undefined when there is no target */
  met?: boolean
}

/** A section of BENCHMARKS.md, produced by one bench/<area>.ts module. */
export interface BenchSection {
  title: string
  /** how the data was generated and measured, in a sentence or two */
  method: string
  figures: BenchFigure[]
  notes: string[]
}

export interface BenchOptions {
  /** small sizes for a smoke run (`npm run bench -- --quick`) */
  quick: boolean
  /** scratch directory for generated data, removed afterwards */
  workDir: string
}

export type BenchModule = (opts: BenchOptions) => Promise<BenchSection>

/** Median of a list of numbers (the figure quoted for noisy machines). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
