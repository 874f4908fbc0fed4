import { afterEach, describe, expect, it } from '@jest/globals';
import { start } from './github-server.js';
import { githubOpenApi } from './openapi-validator.js';
let server = null;
afterEach(async () => {
    await server?.stop();
    server = null;
});
async function call(method, path, body) {
    if (!server)
        throw new Error('no server');
    const res = await fetch(`${server.url}${path}`, {
        method,
        headers: { authorization: 'token t', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null, headers: res.headers };
}
describe('OpenAPI validator', () => {
    const api = githubOpenApi();
    it('finds operations by method and path, preferring literal segments', () => {
        expect(api.find('GET', '/repos/o/r/issues/comments/5')?.operation.operationId).toBe('issues/get-comment');
        expect(api.find('GET', '/repos/o/r/issues/5/comments')?.operation.operationId).toBe('issues/list-comments');
        expect(api.find('GET', '/repos/o/r/issues')?.operation.operationId).toBe('issues/list-for-repo');
        expect(api.find('GET', '/no/such/route')).toBeNull();
    });
    it('rejects a misspelt body field, a wrong type, an unknown query parameter and a bad enum', () => {
        const wrongField = api.checkRequest('POST', new URL('http://x/repos/o/r/issues/1/comments'), JSON.stringify({ bdy: 'x' }), 'application/json');
        expect(wrongField.violations.map((v) => v.message).join('\n')).toMatch(/must have required property 'body'[\s\S]*unexpected property "bdy"/);
        const wrongType = api.checkRequest('PATCH', new URL('http://x/repos/o/r/issues/comments/1'), JSON.stringify({ body: 42 }), 'application/json');
        expect(wrongType.violations.map((v) => v.message)).toEqual(['body/body must be string']);
        const query = api.checkRequest('GET', new URL('http://x/repos/o/r/issues?label=incident&state=everything&per_page=ten'), '', undefined);
        const messages = query.violations.map((v) => v.message);
        expect(messages).toEqual(expect.arrayContaining([
            expect.stringMatching(/unknown query parameter "label"/),
            expect.stringMatching(/query parameter state = "everything" must be equal to one of the allowed values/),
            expect.stringMatching(/query parameter per_page = "ten" must be integer/)
        ]));
        const badPath = api.checkRequest('GET', new URL('http://x/repos/o/r/issues/abc'), '', undefined);
        expect(badPath.violations.map((v) => v.message)).toEqual(['path parameter issue_number = "abc" must be integer']);
    });
    it('rejects a response that misses a required field or carries an undocumented one', () => {
        const { operation } = api.find('GET', '/repos/o/r/issues/comments/1');
        const url = new URL('http://x/repos/o/r/issues/comments/1');
        const missing = api.checkResponse(operation, url, 200, JSON.stringify({ id: 1, body: 'x' }));
        expect(missing.map((v) => v.message).join('\n')).toMatch(/must have required property 'node_id'/);
        const undocumented = api.checkResponse(operation, url, 418, '');
        expect(undocumented.map((v) => v.message)).toEqual(['status 418 is not documented for this operation']);
    });
    it('turns nullable into a type union', () => {
        const schema = api.toJsonSchema({ type: 'string', nullable: true, enum: ['a'] });
        expect(schema).toEqual({ type: ['string', 'null'], enum: ['a', null] });
    });
});
describe('GitHub stand-in', () => {
    it('serves issues, comments and the repository in the documented shapes', async () => {
        server = await start({
            defaultBranch: 'trunk',
            issues: [
                { number: 1, labels: ['incident', 'component:checkout'], body: 'x' },
                { number: 2, labels: ['incident'], state: 'closed' },
                { number: 3, labels: ['incident'], pull_request: true },
                { number: 4, labels: ['bug'] }
            ]
        });
        const repo = await call('GET', '/repos/octo-org/shop');
        expect(repo.json.default_branch).toBe('trunk');
        const open = await call('GET', '/repos/octo-org/shop/issues?labels=incident');
        expect(open.json.map((i) => i.number)).toEqual([3, 1]);
        const all = await call('GET', '/repos/octo-org/shop/issues?labels=incident&state=all&direction=asc');
        expect(all.json.map((i) => [i.number, i.pull_request !== undefined])).toEqual([
            [1, false],
            [2, false],
            [3, true]
        ]);
        const created = await call('POST', '/repos/octo-org/shop/issues/1/comments', { body: 'hello' });
        expect(created.status).toBe(201);
        const id = created.json.id;
        expect((await call('PATCH', `/repos/octo-org/shop/issues/comments/${id}`, { body: 'edited' })).status).toBe(200);
        expect((await call('GET', '/repos/octo-org/shop/issues/1/comments')).json).toEqual([expect.objectContaining({ id, body: 'edited' })]);
        expect((await call('DELETE', `/repos/octo-org/shop/issues/comments/${id}`)).status).toBe(204);
        expect((await call('GET', '/repos/octo-org/shop/issues/1')).status).toBe(200);
        expect((await call('GET', '/rate_limit')).status).toBe(200);
        expect(server.violations).toEqual([]);
    });
    it('pages lists with Link headers', async () => {
        server = await start({ issues: Array.from({ length: 5 }, (_, i) => ({ number: i + 1, labels: ['incident'] })) });
        const first = await call('GET', '/repos/octo-org/shop/issues?per_page=2&direction=asc');
        expect(first.headers.get('link')).toBe(`<${server.url}/repos/octo-org/shop/issues?per_page=2&direction=asc&page=2>; rel="next", <${server.url}/repos/octo-org/shop/issues?per_page=2&direction=asc&page=3>; rel="last"`);
        const last = await call('GET', '/repos/octo-org/shop/issues?per_page=2&direction=asc&page=3');
        expect(last.json.map((i) => i.number)).toEqual([5]);
        expect(last.headers.get('link')).toContain('rel="prev"');
        expect(server.violations).toEqual([]);
    });
    it('records a violation for a wrong request, and answers unknown repositories with 404', async () => {
        server = await start();
        expect((await call('POST', '/repos/octo-org/shop/issues/1/comments', { text: 'x' })).status).toBe(404);
        expect(server.violations.join('\n')).toMatch(/unexpected property "text"/);
        server.violations.length = 0;
        const missing = await call('GET', '/repos/someone/else/issues');
        expect(missing.status).toBe(404);
        expect(missing.json).toEqual({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
        expect(server.violations).toEqual([]);
    });
    it('fails on demand with rate-limit headers, and refuses bodies over 65,536 characters', async () => {
        server = await start({ issues: [{ number: 1 }] });
        server.failNext({ kind: 'rate-limit', resetInSeconds: 30 });
        const limited = await call('GET', '/repos/octo-org/shop/issues');
        expect(limited.status).toBe(403);
        expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
        expect(Number(limited.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
        server.failNext({ kind: 'secondary-rate-limit', retryAfterSeconds: 7 });
        const secondary = await call('GET', '/repos/octo-org/shop/issues');
        expect([secondary.status, secondary.headers.get('retry-after')]).toEqual([429, '7']);
        expect((await call('GET', '/repos/octo-org/shop/issues')).status).toBe(200);
        const long = await call('POST', '/repos/octo-org/shop/issues/1/comments', { body: 'x'.repeat(65_537) });
        expect(long.status).toBe(422);
        expect(server.calls.map((c) => c.status)).toEqual([403, 429, 200, 422]);
        expect(server.violations).toEqual([]);
    });
    it('checks the token when given one, and can be read-only', async () => {
        server = await start({ token: 'right', readOnly: true, issues: [{ number: 1 }] });
        expect((await call('GET', '/repos/octo-org/shop/issues')).status).toBe(401);
        const res = await fetch(`${server.url}/repos/octo-org/shop/issues/1/comments`, {
            method: 'POST',
            headers: { authorization: 'token right', 'content-type': 'application/json' },
            body: JSON.stringify({ body: 'x' })
        });
        expect(res.status).toBe(403);
        expect(server.violations).toEqual([]);
    });
});
