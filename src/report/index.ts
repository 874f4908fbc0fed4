// The report readers' public face: files or globs in, one validated TestRun out.
import { open, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { InputError } from '../errors.js'
import type { ComponentMap } from './component-map.js'
import { DETECT_BYTES, detectFormat } from './detect.js'
import { displayPath, resolveReportPaths } from './glob.js'
import { readJunit } from './junit.js'
import { mergeRuns } from './merge.js'
import { DEFAULT_STREAM_THRESHOLD_BYTES, readPytestJson } from './pytest-json.js'
import type { ReaderContext } from './record.js'
import { readReportlog } from './reportlog.js'
import type { ReportFormat, TestRun } from './types.js'
import { validateRun } from './validate.js'

export { loadComponentMap, parseComponentMap, type ComponentMap, type ComponentRule } from './component-map.js'
export { detectFormat } from './detect.js'
export { NoReportError } from './glob.js'
export { isPytestCase, junitNodeid } from './junit.js'
export { dedupeTests, mergeRuns } from './merge.js'
export { DEFAULT_STREAM_THRESHOLD_BYTES } from './pytest-json.js'

export interface ReadOptions {
  format: 'auto' | ReportFormat
  componentMap: ComponentMap | null
  /** report paths and globs are resolved against this directory */
  cwd: string
  /**
   * pytest-json-report files of at least this many bytes are streamed from disk instead of read
   * into one Buffer (default 64 MB). Tests set it to 0 to exercise the stream.
   */
  streamThresholdBytes?: number
}

/** Reads every file the patterns name (paths or globs, relative to opts.cwd) as one run. */
export async function readReports(patterns: string[], opts: ReadOptions): Promise<TestRun> {
  const files = await resolveReportPaths(patterns, opts.cwd)
  const runs: TestRun[] = []
  // one file at a time: memory holds one report's parse, never all of them
  for (const file of files) runs.push(await readOne(file, opts))
  return validateRun(mergeRuns(runs))
}

/** Reads one report file (path relative to opts.cwd). */
export async function readReportFile(path: string, opts: ReadOptions): Promise<TestRun> {
  return validateRun(mergeRuns([await readOne(resolve(opts.cwd, path), opts)]))
}

async function readOne(absolute: string, opts: ReadOptions): Promise<TestRun> {
  const ctx: ReaderContext = { displayPath: displayPath(absolute, opts.cwd), componentMap: opts.componentMap }
  await checkRegularFile(absolute, ctx.displayPath, opts.cwd)
  const { head, size } = await readHead(absolute).catch((error: unknown) => {
    throw new InputError(`The report file ${ctx.displayPath} cannot be read (${systemReason(error)}). Check that the step runs as a user who may read it.`)
  })
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0
  if (size <= head.length && head.subarray(bom).toString('utf8').trim() === '') {
    throw new InputError(
      `The report file ${ctx.displayPath} is empty. The test step probably failed before pytest wrote it, or wrote it elsewhere; ` +
        'check the pytest command and its --json-report-file / --junitxml / --report-log path.'
    )
  }
  const format = opts.format === 'auto' ? detectFormat(head) : opts.format
  switch (format) {
    case 'pytest-json':
      return readPytestJson(absolute, ctx, opts.streamThresholdBytes ?? DEFAULT_STREAM_THRESHOLD_BYTES)
    case 'junit':
      return readJunit(absolute, ctx)
    case 'reportlog':
      return readReportlog(absolute, ctx)
    case null:
      throw new InputError(
        `Could not tell the format of ${ctx.displayPath} from its content: it starts with ${JSON.stringify(preview(head))}, ` +
          'while a pytest-json-report or pytest-reportlog file starts with `{` and JUnit XML with `<`. ' +
          'Point the input at the file pytest wrote (--json-report-file, --junitxml or --report-log).'
      )
  }
}

/**
 * Reports are files pytest has finished writing. Anything else is named for what it is before it is
 * opened: opening a named pipe without a writer would wait forever.
 */
async function checkRegularFile(absolute: string, shown: string, cwd: string): Promise<void> {
  const info = await stat(absolute).catch(() => null)
  if (!info) {
    throw new InputError(
      `The report file ${shown} does not exist (looked for ${absolute}; working directory ${cwd}). ` +
        'Check the path and that the test step wrote the report before this step.'
    )
  }
  if (info.isFile()) return
  const kind = info.isDirectory()
    ? 'a directory'
    : info.isFIFO()
      ? 'a named pipe (FIFO)'
      : info.isSocket()
        ? 'a socket'
        : info.isCharacterDevice() || info.isBlockDevice()
          ? 'a device'
          : 'not a regular file'
  throw new InputError(
    `The report ${shown} is ${kind}, not a regular file (${absolute}). The action reads the report file pytest wrote when it finished: ` +
      'point the input at that file (pytest --json-report-file=<file>, --junitxml=<file> or --report-log=<file>), or save the stream to a file first.'
  )
}

/** `permission denied (EACCES)` from a Node system error. */
function systemReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return `permission denied, ${e.code}`
  return e?.code ? `${e.code}` : String(error)
}

/** The first bytes of a file (enough to detect its format) and its size. */
async function readHead(path: string): Promise<{ head: Buffer; size: number }> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    const buffer = Buffer.alloc(Math.min(DETECT_BYTES, size))
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return { head: buffer.subarray(0, bytesRead), size }
  } finally {
    await handle.close()
  }
}

const preview = (head: Buffer): string => head.toString('utf8', 0, Math.min(head.length, 40)).trim()
