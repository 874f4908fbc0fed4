// The seed's way of reading test history, run as its own process for bench/history.ts: every
// run's records as its exporter writes them (one record per test per run, results/<build>.json on
// the branch), read from a shallow clone with a work tree, then its post-incident query for each
// incident: all records of the component, newest first, and the failures of the 7 days before
// detection. Usage: node seed-records-reader.mjs URL DIR INCIDENTS.json OUT.json (credentials,
// if any, come in the environment as GIT_CONFIG_* entries).
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'

const [url, dir, incidentsFile, out] = process.argv.slice(2)
const DAY_MS = 86_400_000

execFileSync('git', ['clone', '-q', '--depth', '1', '--single-branch', '--branch', 'test-history', url, dir])
const records = []
for (const name of readdirSync(path.join(dir, 'results'))) {
  for (const record of JSON.parse(readFileSync(path.join(dir, 'results', name), 'utf8'))) records.push(record)
}
const incidents = JSON.parse(readFileSync(incidentsFile, 'utf8'))
const answers = incidents.map((incident) => {
  const detected = Date.parse(incident.detected_at)
  // SELECT * FROM test_results WHERE component = %s ORDER BY timestamp DESC
  const componentTests = records.filter((t) => t.component === incident.component).sort((a, b) => (a.timestamp < b.timestamp ? 1 : a.timestamp > b.timestamp ? -1 : 0))
  const recent = componentTests.filter((t) => {
    const at = Date.parse(t.timestamp)
    return t.outcome === 'failed' && at > detected - 7 * DAY_MS && at < detected
  })
  return {
    incident_id: incident.id,
    component: incident.component,
    total_component_tests: new Set(componentTests.map((t) => t.test_name)).size,
    tests_failing_before_incident: recent.length,
    was_predictable: recent.length > 0,
    failing_tests: recent.map((t) => t.test_name)
  }
})
writeFileSync(out, JSON.stringify(answers))
