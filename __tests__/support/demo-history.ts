/**
 * A git server holding the demo's history (demo/manifest.json), backfilled through the bundled CLI
 * as a team does on day one: the start of the end-to-end tests that run the action against it.
 */
import { expect } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startGitServer, type GitServer } from './git-server.js'
import { DIST_CLI, spawnNode } from './run-action.js'

export interface DemoGitServer {
  git: GitServer
  /** the server's base URL, as GITHUB_SERVER_URL */
  gitBase: string
  /** an empty HOME (no global git identity, as on GitHub's runners) */
  home: string
}

export async function startDemoGitServer(token: string, repo: string): Promise<DemoGitServer> {
  const git = await startGitServer({ token })
  const gitBase = git.url(repo).replace(`/${repo}.git`, '')
  const home = mkdtempSync(join(tmpdir(), 'empty-home-'))
  const ingest = await spawnNode([DIST_CLI, 'ingest', '--repo', git.url(repo), '--manifest', resolve('demo/manifest.json')], { PATH: process.env.PATH, HOME: home, GITHUB_TOKEN: token }, process.cwd())
  expect(ingest.code).toBe(0)
  return { git, gitBase, home }
}
