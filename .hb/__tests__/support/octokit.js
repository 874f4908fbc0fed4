/** A real client for tests against the GitHub stand-in: waits scaled down, messages collected. */
import Bottleneck from 'bottleneck';
import { createOctokit } from '../../src/github.js';
// Writes still go one at a time, as in production, but without the one-to-three-second spacing.
const writeLimiters = {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 })
};
export function testOctokit(baseUrl, token = 'test-token') {
    const warnings = [];
    const failedRequests = [];
    const octokit = createOctokit(token, {
        baseUrl,
        // a "retry in 2 s" waits 2 ms: the tests exercise the retry path, not the clock
        retryAfterBaseValue: 1,
        writeLimiters,
        log: { debug: () => { }, info: () => { }, warn: (m) => warnings.push(m), error: (m) => failedRequests.push(m) }
    });
    return { octokit, warnings, failedRequests };
}
