/**
 * Passes the token to git the way actions/checkout does: an `http.<origin>/.extraheader` with
 * `AUTHORIZATION: basic base64("x-access-token:<token>")` in the private clone's own config.
 * The value is written into .git/config directly (a placeholder goes through `git config`), so it
 * is never in any argv; both forms are registered as secrets so the runner masks them in logs.
 */
import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
const PLACEHOLDER = 'AUTHORIZATION: basic ***';
/** `http.https://github.com/.extraheader` for an http(s) remote; null for local and file:// remotes. */
export function extraHeaderKey(remote) {
    let url;
    try {
        url = new URL(remote);
    }
    catch {
        return null;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return null;
    return `http.${url.protocol}//${url.host}/.extraheader`;
}
export function basicCredential(token) {
    return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}
export async function configureAuth(git, remote, token) {
    const key = extraHeaderKey(remote);
    if (!token || !key)
        return;
    const credential = basicCredential(token);
    core.setSecret(token);
    core.setSecret(credential);
    await git.run(['config', '--local', key, PLACEHOLDER]);
    const configPath = path.join(git.cwd, '.git', 'config');
    const config = await fs.readFile(configPath, 'utf8');
    if (!config.includes(PLACEHOLDER))
        throw new Error('could not find the auth placeholder in the private clone config');
    await fs.writeFile(configPath, config.replace(PLACEHOLDER, `AUTHORIZATION: basic ${credential}`), { mode: 0o600 });
}
export async function removeAuth(git, remote) {
    const key = extraHeaderKey(remote);
    if (!key)
        return;
    await git.tryRun(['config', '--local', '--unset-all', key]);
}
