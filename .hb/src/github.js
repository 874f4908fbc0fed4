/**
 * The one GitHub REST client of the action: @octokit/rest with the retry plugin (transient 5xx and
 * network errors) and the throttling plugin (primary and secondary rate limits, honouring
 * `x-ratelimit-reset` and `retry-after`). Waits and retries are bounded so a run never hangs on a
 * long rate-limit reset.
 */
import * as core from '@actions/core';
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
export const DEFAULT_API_URL = 'https://api.github.com';
const USER_AGENT = 'test-incident-loop';
const GitHubOctokit = Octokit.plugin(retry, throttling);
const coreLog = {
    // @octokit/rest logs every request at info level: keep those lines out of the job log unless debugging.
    debug: (m) => core.debug(m),
    info: (m) => core.debug(m),
    warn: (m) => core.warning(m),
    // Octokit's error lines are its per-request log of failed requests (a retried 403, a 404 the
    // caller expects); the caller reports the errors that matter, so these stay in the debug log.
    error: (m) => core.debug(m)
};
export function createOctokit(token, opts = {}) {
    const log = opts.log ?? coreLog;
    const maxRetries = opts.maxRateLimitRetries ?? 2;
    const maxWait = opts.maxRateLimitWaitSeconds ?? 300;
    const baseValue = opts.retryAfterBaseValue ?? 1000;
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const what = `${options.method} ${new URL(options.url, 'http://api.invalid').pathname}`;
        if (retryCount >= maxRetries) {
            log.warn(`GitHub ${kind} hit by ${what}; gave up after ${retryCount} retries.`);
            return false;
        }
        if (retryAfter > maxWait) {
            log.warn(`GitHub ${kind} hit by ${what}; it resets in ${retryAfter} s, longer than the ${maxWait} s this run waits.`);
            return false;
        }
        log.warn(`GitHub ${kind} hit by ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${maxRetries}).`);
        return true;
    };
    return new GitHubOctokit({
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
    });
}
