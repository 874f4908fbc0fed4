export const id = 248;
export const ids = [248];
export const modules = {

/***/ 9248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, collectPages */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9988);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/**
 * The one GitHub REST client of the action: @octokit/rest with the retry plugin (transient 5xx and
 * network errors) and the throttling plugin (primary and secondary rate limits, honouring
 * `x-ratelimit-reset` and `retry-after`). Waits and retries are bounded so a run never hangs on a
 * long rate-limit reset.
 */




const DEFAULT_API_URL = 'https://api.github.com';
const USER_AGENT = 'test-incident-loop';
const GitHubOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
const coreLog = {
    // @octokit/rest logs every request at info level: keep those lines out of the job log unless debugging.
    debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
    info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
    warn: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
    // Octokit's error lines are its per-request log of failed requests (a retried 403, a 404 the
    // caller expects); the caller reports the errors that matter, so these stay in the debug log.
    error: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m)
};
function createOctokit(token, opts = {}) {
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
    });
    honourPlainRetryAfter(octokit, log, { maxRetries, maxWait, baseValue });
    return octokit;
}
/**
 * The throttling plugin retries a 429 only when its message names a secondary rate limit (as
 * GitHub's do) or the primary limit is spent. A 429 that says neither (a proxy, GitHub Enterprise)
 * still carries `retry-after`: wait for it too, within the same bounds.
 */
function honourPlainRetryAfter(octokit, log, limits) {
    octokit.hook.error('request', async (error, options) => {
        const { status, response, message } = error;
        const retryAfter = Number(response?.headers?.['retry-after']);
        const handledByThrottling = /\bsecondary rate\b/i.test(message ?? '') || response?.headers?.['x-ratelimit-remaining'] === '0';
        if (status !== 429 || handledByThrottling || !Number.isFinite(retryAfter))
            throw error;
        const request = (options.request ?? {});
        const done = request.plainRetries ?? 0;
        const what = `${options.method} ${new URL(options.url, 'http://api.invalid').pathname}`;
        if (done >= limits.maxRetries || retryAfter > limits.maxWait) {
            log.warn(`GitHub answered 429 to ${what}; not retrying (retry-after ${retryAfter} s, ${done} retries done).`);
            throw error;
        }
        log.warn(`GitHub answered 429 to ${what}; retrying in ${retryAfter} s (retry ${done + 1} of ${limits.maxRetries}).`);
        await new Promise((resolve) => setTimeout(resolve, retryAfter * limits.baseValue));
        return octokit.request({ ...options, request: { ...options.request, plainRetries: done + 1 } });
    });
}
/**
 * Reads the pages of a paginated listing, at most `maxPages` of them (bounding the calls one run
 * can make), keeping the items `keep` accepts. Returns them with the number of calls it made.
 */
async function collectPages(pages, maxPages, keep) {
    const items = [];
    let calls = 0;
    for await (const page of pages) {
        calls += 1;
        for (const item of page.data)
            if (keep(item))
                items.push(item);
        if (calls >= maxPages)
            break;
    }
    return { items, calls };
}


/***/ })

};

//# sourceMappingURL=248.index.js.map