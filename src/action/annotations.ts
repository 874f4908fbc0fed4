/**
 * An annotation on the file and line of every failing test, most important first, within what
 * GitHub shows: 10 error and 10 warning annotations per step and 50 per job (actions/toolkit,
 * docs/problem-matchers.md, "Limitations"); notices are held to 10 too. Annotations past the limit
 * are dropped by GitHub without a word, so they are not emitted: the step log lists them instead
 * and the summary says how many.
 *
 * The load-bearing protection (protect.ts) annotates first; its annotations count against the same
 * limits, and a test it already annotated is not annotated again.
 */
import * as core from '@actions/core'
import type { RunFailure, RunVerdict } from '../run-verdict/index.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export const STEP_ANNOTATION_LIMITS: Record<AnnotationLevel, number> = { error: 10, warning: 10, notice: 10 }
export const LIMIT_NOTE = 'GitHub shows at most 10 error and 10 warning annotations per step, and this action writes at most 10 notices'

export interface FailureAnnotation {
  nodeid: string
  level: AnnotationLevel
  title: string
  message: string
  file: string | null
  line: number | null
}

export interface AnnotationPlan {
  /** in the order to emit them */
  shown: FailureAnnotation[]
  /** over the limit: listed in the log only */
  leftOut: FailureAnnotation[]
  /** failing tests the protection already annotated */
  alreadyAnnotated: number
}

/** An annotation already written in this step (by the protection), by test and level. */
export interface PriorAnnotation {
  nodeid: string
  level: AnnotationLevel
}

export function planFailureAnnotations(verdict: RunVerdict, prior: PriorAnnotation[], limits = STEP_ANNOTATION_LIMITS): AnnotationPlan {
  const left: Record<AnnotationLevel, number> = { ...limits }
  for (const p of prior) left[p.level] = Math.max(0, left[p.level] - 1)
  const annotated = new Set(prior.map((p) => p.nodeid))
  const plan: AnnotationPlan = { shown: [], leftOut: [], alreadyAnnotated: 0 }
  // verdict.failures is sorted by importance: predictive, new, already failing, known flaky
  for (const failure of verdict.failures) {
    if (annotated.has(failure.nodeid)) {
      plan.alreadyAnnotated++
      continue
    }
    const annotation = annotationFor(failure, verdict)
    if (left[annotation.level] > 0) {
      left[annotation.level]--
      plan.shown.push(annotation)
    } else {
      plan.leftOut.push(annotation)
    }
  }
  return plan
}

function annotationFor(failure: RunFailure, verdict: RunVerdict): FailureAnnotation {
  const where = { nodeid: failure.nodeid, file: failure.file, line: failure.line }
  const crash = failure.message ? `: ${oneLine(failure.message)}` : ''
  if (failure.predictive) {
    const ids = failure.incidents.map((i) => i.id).join(', ')
    return { ...where, level: 'error', title: 'Predictive test failed', message: `${failure.nodeid} ${failure.outcome}${crash}. Its failures preceded incident(s) ${ids || 'before'}: treat this as a production risk.` }
  }
  if (failure.origin === 'new') {
    const scope = verdict.kind === 'pull_request' ? 'this pull request' : verdict.kind === 'push' ? 'this push' : 'this run'
    return { ...where, level: 'error', title: 'Test failed', message: `${failure.nodeid} ${failure.outcome}${crash}. New in ${scope}: it was not failing on ${verdict.defaultBranch}.` }
  }
  if (failure.origin === 'already_failing') {
    return { ...where, level: 'warning', title: `Test already failing on ${verdict.defaultBranch}`, message: `${failure.nodeid} ${failure.outcome}${crash}. It also failed in the latest run of ${verdict.defaultBranch}.` }
  }
  return { ...where, level: 'notice', title: 'Known flaky test failed', message: `${failure.nodeid} ${failure.outcome}${crash}. It is known to be flaky (it passed and failed on the same code).` }
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 300 ? `${line.slice(0, 299)}…` : line
}

/** Writes the planned annotations, and one log line per annotation left out. */
export function emitFailureAnnotations(plan: AnnotationPlan): void {
  for (const a of plan.shown) {
    const properties: core.AnnotationProperties = { title: a.title, file: a.file ?? undefined, startLine: a.line ?? undefined }
    if (a.level === 'error') core.error(a.message, properties)
    else if (a.level === 'warning') core.warning(a.message, properties)
    else core.notice(a.message, properties)
  }
  if (plan.leftOut.length > 0) {
    core.info(`${plan.leftOut.length} failing test(s) not annotated (${LIMIT_NOTE}):`)
    for (const a of plan.leftOut) core.info(`  ${a.file ?? '?'}${a.line ? `:${a.line}` : ''} ${a.title}: ${a.message}`)
  }
}
