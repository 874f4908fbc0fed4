/**
 * The one GitHub REST client of the action: @octokit/rest with the retry plugin (transient 5xx and
 * network errors) and the throttling plugin (primary and secondary rate limits, honouring
 * `x-ratelimit-reset` and `retry-after`). Waits and retries are bounded so a run never hangs on a
 * long rate-limit reset.
 */
import * as core from '@actions/core'
import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'

export const DEFAULT_API_URL = 'https://api.github.com'
const USER_AGENT = 'test-incident-loop'

const GitHubOctokit = Octokit.plugin(retry, throttling)
export type GitHubClient = InstanceType<typeof GitHubOctokit>

export interface OctokitLog {
  debug: (message: string) => void
  info: (message: string) => void
  warn: (message: string) => void
  error: (message: string) => void
}

export interface CreateOctokitOptions {
  /** API root; default GITHUB_API_URL, else https://api.github.com (GitHub Enterprise: https://HOST/api/v3) */
  baseUrl?: string
  /** where the client's messages go; default @actions/core (per-request lines at debug level) */
  log?: OctokitLog
  /** rate-limited requests are retried at most this many times (default 2) */
  maxRateLimitRetries?: number
  /** a rate limit that resets later than this is not waited for: the request fails (default 300 s) */
  maxRateLimitWaitSeconds?: number
  /**
   * Milliseconds per second of a `retry-after` / reset wait and of the retry back-off (default 1000).
   * Tests set 1 so a "wait 2 seconds" takes 2 ms; production code leaves it alone.
   */
  retryAfterBaseValue?: number
  /** retries of transient failures (5xx, network); default 3 */
  retries?: number
  /**
   * The throttling plugin's limiters for writes (Bottleneck groups). By default writes are spaced by
   * one second, and writes that notify people (a new comment) by three, as GitHub advises against
   * secondary rate limits; tests pass groups without the spacing so they do not wait per write.
   */
  writeLimiters?: { write?: ThrottlingOptions['write']; notifications?: ThrottlingOptions['notifications'] }
}

const coreLog: OctokitLog = {
  // @octokit/rest logs every request at info level: keep those lines out of the job log unless debugging.
  debug: (m) => core.debug(m),
  info: (m) => core.debug(m),
  warn: (m) => core.warning(m),
  // Octokit's error lines are its per-request log of failed requests (a retried 403, a 404 the
  // caller expects); the caller reports the errors that matter, so these stay in the debug log.
  error: (m) => core.debug(m)
}

interface ThrottledRequest {
  method: string
  url: string
}

export function createOctokit(token: string, opts: CreateOctokitOptions = {}): GitHubClient {
  const log = opts.log ?? coreLog
  const maxRetries = opts.maxRateLimitRetries ?? 2
  const maxWait = opts.maxRateLimitWaitSeconds ?? 300
  const baseValue = opts.retryAfterBaseValue ?? 1000

  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: ThrottledRequest, _octokit: unknown, retryCount: number): boolean => {
      const what = `${options.method} ${new URL(options.url, 'http://api.invalid').pathname}`
      if (retryCount >= maxRetries) {
        log.warn(`GitHub ${kind} hit by ${what}; gave up after ${retryCount} retries.`)
        return false
      }
      if (retryAfter > maxWait) {
        log.warn(`GitHub ${kind} hit by ${what}; it resets in ${retryAfter} s, longer than the ${maxWait} s this run waits.`)
        return false
      }
      log.warn(`GitHub ${kind} hit by ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${maxRetries}).`)
      return true
    }

  const octokit = new GitHubOctokit({
    auth: token || undefined,
    baseUrl: (opts.baseUrl ?? (process.env.GITHUB_API_URL || DEFAULT_API_URL)).replace(/\/+$/, ''),
    userAgent: USER_AGENT,
    log,
    retry: {
      retries: opts.retries ?? 3,
      retryAfterBaseValue: baseValue,
      // 403 and 429 are the throttling plugin's: it honours the headers, the retry plugin would not.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
    },
    throttle: {
      ...opts.writeLimiters,
      retryAfterBaseValue: baseValue,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit')
    }
  })
  honourPlainRetryAfter(octokit, log, { maxRetries, maxWait, baseValue })
  return octokit
}

/**
 * The throttling plugin retries a 429 only when its message names a secondary rate limit (as
 * GitHub's do) or the primary limit is spent. A 429 that says neither (a proxy, GitHub Enterprise)
 * still carries `retry-after`: wait for it too, within the same bounds.
 */
function honourPlainRetryAfter(octokit: GitHubClient, log: OctokitLog, limits: { maxRetries: number; maxWait: number; baseValue: number }): void {
  octokit.hook.error('request', async (error, options) => {
    const { status, response, message } = error as { status?: number; response?: { headers?: Record<string, string | undefined> }; message?: string }
    const retryAfter = Number(response?.headers?.['retry-after'])
    const handledByThrottling = /\bsecondary rate\b/i.test(message ?? '') || response?.headers?.['x-ratelimit-remaining'] === '0'
    if (status !== 429 || handledByThrottling || !Number.isFinite(retryAfter)) throw error
    const request = (options.request ?? {}) as { plainRetries?: number }
    const done = request.plainRetries ?? 0
    const what = `${options.method} ${new URL(options.url, 'http://api.invalid').pathname}`
    if (done >= limits.maxRetries || retryAfter > limits.maxWait) {
      log.warn(`GitHub answered 429 to ${what}; not retrying (retry-after ${retryAfter} s, ${done} retries done).`)
      throw error
    }
    log.warn(`GitHub answered 429 to ${what}; retrying in ${retryAfter} s (retry ${done + 1} of ${limits.maxRetries}).`)
    await new Promise((resolve) => setTimeout(resolve, retryAfter * limits.baseValue))
    return octokit.request({ ...options, request: { ...options.request, plainRetries: done + 1 } })
  })
}

/**
 * Reads the pages of a paginated listing, at most `maxPages` of them (bounding the calls one run
 * can make), keeping the items `keep` accepts. Returns them with the number of calls it made.
 */
export async function collectPages<T>(pages: AsyncIterable<{ data: unknown }>, maxPages: number, keep: (item: T) => boolean): Promise<{ items: T[]; calls: number }> {
  const items: T[] = []
  let calls = 0
  for await (const page of pages) {
    calls += 1
    for (const item of page.data as T[]) if (keep(item)) items.push(item)
    if (calls >= maxPages) break
  }
  return { items, calls }
}
