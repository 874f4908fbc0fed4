// jest's globalTeardown: removes the run's temporary directory (temp-root-setup.js);
// KEEP_TEST_TEMP=1 keeps it, for a look after a failure.
import { rmSync } from 'node:fs'

export default function removeTempRoot() {
  const root = process.env.TEST_TEMP_ROOT
  if (!root) return
  if (process.env.KEEP_TEST_TEMP) console.log(`test files kept in ${root}`)
  else rmSync(root, { recursive: true, force: true, maxRetries: 3 })
}
