/**
 * What the runner tells the action about the run, read once from the environment and the event
 * payload (GITHUB_EVENT_PATH). Kept apart from @actions/github's context so tests can build it from
 * a plain environment and so a missing variable gets a clear message.
 */
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { InputError } from './errors.js'

export interface RunnerContext {
  eventName: string
  /** the webhook payload; {} when there is none */
  payload: Record<string, unknown>
  owner: string
  repo: string
  sha: string | null
  ref: string | null
  /** branch of the run: the head branch for pull requests, the pushed branch otherwise */
  branch: string | null
  /** null when the payload does not say (the action then asks the API) */
  defaultBranch: string | null
  runId: string | null
  runAttempt: string | null
  workflow: string | null
  job: string | null
  workspace: string
  serverUrl: string
  apiUrl: string
  runnerTemp: string
  stepSummaryPath: string | null
  /** true for a pull request from a fork: its token is read-only whatever the workflow asks */
  fromFork: boolean
}

type Env = Record<string, string | undefined>

export function readRunnerContext(env: Env = process.env): RunnerContext {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner, repo] = repository.split('/')
  if (!owner || !repo) {
    throw new InputError(
      'GITHUB_REPOSITORY is not set (expected `owner/repo`). The action must run in a GitHub Actions job; ' +
        'to try it elsewhere use the command line (`node dist/cli.js --help`).'
    )
  }
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const pullRequest = record(payload.pull_request)
  const repositoryPayload = record(payload.repository)
  const ref = env.GITHUB_REF || null
  const headRepo = record(record(pullRequest.head).repo)
  const baseRepo = record(record(pullRequest.base).repo)
  return {
    eventName,
    payload,
    owner,
    repo,
    sha: env.GITHUB_SHA || null,
    ref,
    branch: env.GITHUB_HEAD_REF || branchOfRef(mergeGroupBase(payload) ?? ref),
    defaultBranch: typeof repositoryPayload.default_branch === 'string' ? repositoryPayload.default_branch : null,
    runId: env.GITHUB_RUN_ID || null,
    runAttempt: env.GITHUB_RUN_ATTEMPT || null,
    workflow: env.GITHUB_WORKFLOW || null,
    job: env.GITHUB_JOB || null,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    stepSummaryPath: env.GITHUB_STEP_SUMMARY || null,
    fromFork:
      eventName.startsWith('pull_request') &&
      typeof headRepo.full_name === 'string' &&
      typeof baseRepo.full_name === 'string' &&
      headRepo.full_name !== baseRepo.full_name
  }
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  try {
    return record(JSON.parse(readFileSync(path, 'utf8')))
  } catch (error) {
    throw new InputError(`Could not read the event payload ${path} (GITHUB_EVENT_PATH): ${(error as Error).message}.`)
  }
}

/** A merge queue tests the merged result of its base branch: record the run under that branch. */
function mergeGroupBase(payload: Record<string, unknown>): string | null {
  const base = record(payload.merge_group).base_ref
  return typeof base === 'string' ? base : null
}

function branchOfRef(ref: string | null): string | null {
  if (ref?.startsWith('refs/heads/')) return ref.slice('refs/heads/'.length)
  return null
}

export function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

/** Events whose runs describe the default branch's real state (CONTRACT: history of the default branch). */
const STORING_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch', 'merge_group'])

/**
 * Whether this run goes into the history. `auto` stores runs of the default branch from events that
 * describe it; pull requests never (their code is not merged, and a fork's token cannot push anyway).
 */
export function shouldStoreRun(mode: 'auto' | 'always' | 'never', ctx: RunnerContext, defaultBranch: string): { store: boolean; why: string } {
  if (mode === 'never') return { store: false, why: '`store-history: never`' }
  if (mode === 'always') return { store: true, why: '`store-history: always`' }
  if (!STORING_EVENTS.has(ctx.eventName)) {
    return { store: false, why: `\`store-history: auto\` does not store \`${ctx.eventName || 'unknown'}\` runs (only push, schedule, workflow_dispatch and merge_group)` }
  }
  if (ctx.eventName !== 'merge_group' && ctx.branch !== defaultBranch) {
    return { store: false, why: `\`store-history: auto\` stores runs of the default branch \`${defaultBranch}\` only (this is \`${ctx.branch ?? ctx.ref ?? 'no branch'}\`)` }
  }
  return { store: true, why: '`store-history: auto` on the default branch' }
}
