// The words of a normalised run: outcomes, report formats, tag sources and defaults. Plain values
// with no schema library behind them, so the history and analysis code can use them without
// loading zod (the schemas of a run are in types.ts).

/** Every outcome pytest (and pytest-rerunfailures) can give a test. */
export const OUTCOMES = ['passed', 'failed', 'error', 'skipped', 'xfailed', 'xpassed', 'rerun'] as const
export type Outcome = (typeof OUTCOMES)[number]

/** CONTRACT.md: a failure is `failed` or `error`; a `rerun` is a failed attempt too (and makes the test flaky). */
export const isFailure = (o: Outcome): boolean => o === 'failed' || o === 'error' || o === 'rerun'

export const REPORT_FORMATS = ['pytest-json', 'junit', 'reportlog'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** Which rule gave a test its component and failure mode (first match wins, see README "Tagging tests"). */
export const TAG_SOURCES = ['metadata', 'user_properties', 'markers', 'component_map', 'default'] as const
export type TagSource = (typeof TAG_SOURCES)[number]

export const DEFAULT_COMPONENT = 'unknown'
export const DEFAULT_FAILURE_MODE = 'general'
/** Crash messages are capped: enough to recognise a failure, small enough for the history. */
export const MESSAGE_CAP = 500
