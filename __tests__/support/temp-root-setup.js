// jest's globalSetup: every temporary file of a test run goes under one directory, which
// temp-root-teardown.js removes when the run ends, so `npm test` leaves nothing behind in the
// machine's temp directory. Workers, and the processes they start, inherit TMPDIR.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function createTempRoot() {
  const root = mkdtempSync(join(tmpdir(), 'incident-loop-tests-'))
  process.env.TEST_TEMP_ROOT = root
  process.env.TMPDIR = root
}
