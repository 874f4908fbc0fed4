/**
 * Argument parsing for the command line: node's parseArgs plus the two things it lacks, a usage
 * error type (exit 2) and per-command help text.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { AnalysisOptions } from '../analysis/types.js'
import { readRenamesFile } from '../analysis/renames.js'

/** Wrong usage of the command line (unknown option, missing argument): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** A command's options and what it does (its name and one-line summary are in main.ts). */
export interface Command {
  usage: string
  options: NonNullable<ParseArgsConfig['options']>
  run: (values: Record<string, string | boolean | string[] | undefined>, positionals: string[]) => Promise<number>
}

export function parseCommandArgs(command: Command, argv: string[]): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true
    })
    return { values: values as Record<string, string | boolean | string[] | undefined>, positionals }
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${command.usage}`)
  }
}

export function stringOption(values: Record<string, unknown>, name: string): string | undefined {
  const value = values[name]
  return typeof value === 'string' ? value : undefined
}

export function requiredOption(values: Record<string, unknown>, name: string, usage: string): string {
  const value = stringOption(values, name)
  if (value === undefined || value === '') throw new UsageError(`--${name} is required.\n\n${usage}`)
  return value
}

export function numberOption(values: Record<string, unknown>, name: string, fallback: number): number {
  const value = stringOption(values, name)
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number, not ${JSON.stringify(value)}.`)
  return Number(value)
}

export function dateOption(values: Record<string, unknown>, name: string): Date | undefined {
  const value = stringOption(values, name)
  if (value === undefined) return undefined
  if (!/(Z|[+-]\d\d:?\d\d)$/i.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--${name} takes an ISO 8601 time with a zone, e.g. 2026-11-24T12:00:00Z, not ${JSON.stringify(value)}.`)
  }
  return new Date(value)
}

/** The analysis options `analyze` and `review` share (defaults as in CONTRACT.md). */
export const ANALYSIS_OPTIONS: Command['options'] = {
  'window-days': { type: 'string' },
  'dead-weight-days': { type: 'string' },
  'flaky-days': { type: 'string' },
  branches: { type: 'string' },
  'test-renames': { type: 'string' }
}

/** `--branches` narrows the analysis to those branches; without it every branch counts. */
export function analysisOptionsFrom(values: Record<string, unknown>): AnalysisOptions {
  const branches = stringOption(values, 'branches')
  const renames = stringOption(values, 'test-renames')
  return {
    windowDays: numberOption(values, 'window-days', 7),
    deadWeightDays: numberOption(values, 'dead-weight-days', 180),
    flakyDays: numberOption(values, 'flaky-days', 90),
    analysisBranches: branches ? branches.split(',').map((b) => b.trim()).filter(Boolean) : null,
    testRenames: renames ? readRenamesFile(renames) : null
  }
}
