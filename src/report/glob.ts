// Report paths and globs, resolved against a working directory (not process.cwd(), so the
// action can use the workspace). A glob walks only below its literal prefix, and skips
// node_modules and .git unless the pattern names them.
import { lstat, readdir, readlink, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import picomatch from 'picomatch'
import { InputError } from '../errors.js'

const SKIPPED_DIRS = new Set(['node_modules', '.git'])

/** No report file was found at all (as opposed to a file that is there but wrong): `require-tests` decides. */
export class NoReportError extends InputError {
  constructor(message: string) {
    super(message)
    this.name = 'NoReportError'
  }
}

/** The files the patterns name, absolute, without duplicates, sorted within each pattern. */
export async function resolveReportPaths(patterns: string[], cwd: string): Promise<string[]> {
  const found: string[] = []
  for (const raw of patterns) {
    const pattern = raw.trim()
    if (pattern === '') continue
    const files = picomatch.scan(pattern).isGlob ? await expandGlob(pattern, cwd) : await literalFile(pattern, cwd)
    for (const file of files) if (!found.includes(file)) found.push(file)
  }
  if (found.length === 0) {
    throw new InputError(`No report file was given (the report path input is empty; working directory ${cwd}). Name the pytest report file(s), e.g. report.json or reports/**/*.json.`)
  }
  return found
}

async function literalFile(pattern: string, cwd: string): Promise<string[]> {
  const path = resolve(cwd, pattern)
  const info = await stat(path).catch(() => null)
  if (!info) {
    const link = await danglingLink(path)
    if (link !== null) throw danglingLinkError(`The report file ${pattern}`, path, link)
    throw new NoReportError(
      `The report file ${pattern} does not exist (looked for ${path}; working directory ${cwd}). ` +
        'Check the path and that the test step wrote the report (pytest --json-report --json-report-file=<file>, --junitxml=<file> or --report-log=<file>) before this step.'
    )
  }
  if (info.isDirectory()) {
    throw new InputError(`The report path ${pattern} is a directory (${path}). Name the report file(s) in it, e.g. ${join(pattern, '*.json')}.`)
  }
  return [path]
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const normalised = pattern.replace(/\\/g, '/')
  const { base, glob } = picomatch.scan(normalised)
  const root = resolve(cwd, base || '.')
  const matcher = picomatch(glob, { dot: true })
  const walkHidden = [...SKIPPED_DIRS].some((dir) => normalised.includes(dir))
  const matches: string[] = []
  await walk({ root, matcher, walkHidden, pattern }, root, matches)
  if (matches.length === 0) {
    throw new NoReportError(
      `The report pattern ${pattern} matched no file (searched ${root}; working directory ${cwd}). ` +
        'Check the pattern and that the test step wrote its report(s) before this step.'
    )
  }
  return matches.sort()
}

interface Walk {
  root: string
  matcher: (path: string) => boolean
  walkHidden: boolean
  pattern: string
}

async function walk(w: Walk, dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!w.walkHidden && SKIPPED_DIRS.has(entry.name)) continue
      await walk(w, path, out)
      continue
    }
    if (!w.matcher(relative(w.root, path).split(sep).join('/'))) continue
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null)
      if (!target) throw danglingLinkError(`The report pattern ${w.pattern} matched ${path}, but it`, path, await readlink(path).catch(() => '?'))
      if (target.isDirectory()) continue // links to directories are not followed: no loops
    }
    // regular files, and anything else the pattern names (a FIFO, a socket): the reader says what is wrong with those
    out.push(path)
  }
}

/** The target of `path` when it is a symbolic link whose target does not exist, else null. */
async function danglingLink(path: string): Promise<string | null> {
  const info = await lstat(path).catch(() => null)
  return info?.isSymbolicLink() ? readlink(path).catch(() => '?') : null
}

function danglingLinkError(subject: string, path: string, target: string): InputError {
  return new InputError(
    `${subject} is a symbolic link to ${target}, which does not exist (link ${path}). ` +
      'The test step probably wrote the report somewhere else, or the link is left over from an earlier run: remove the link or point it at the report file.'
  )
}

/** A path as shown to the user: relative to the working directory when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path
}
