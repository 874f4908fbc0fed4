import { HISTORY_SCHEMA_VERSION } from './types.js'

/** README.md of the data branch: what a person who opens the branch on GitHub needs to know. */
export function branchReadme(branch: string): string {
  return `# Test history (\`${branch}\`)

This branch is written by the test-incident-loop action. It holds the history of the test runs
of this repository, so the action can relate test failures to incidents. It is data, not code:
it shares no history with the other branches. Do not edit it by hand; the action rewrites the
derived files on every run.

Schema version: ${HISTORY_SCHEMA_VERSION} (every JSON file carries \`schema_version\`; a newer action
migrates older files when it reads them, an older action refuses newer files).

## Layout

- \`runs/<yyyy>/<mm>/<run id>.json\`: one file per ingested run, never changed once written: the run
  (\`run\`: sha, branch, event, build id, time, report files), the outcome counts (\`summary\`), the
  hash of its suite file (\`suite\`), and \`results\` by test id for the tests that did not pass plus
  the slowest tests' durations (ms, rounded to two significant digits). A test of the suite that is
  not in \`results\` passed.
- \`suites/<hash>.json\`: the tests of a run with their tags (\`columns\` names the fields of each
  row). Content-addressed: runs with the same tests and tags share one file.
- \`rollup.json\`: per test, derived from every run: first and last time seen per branch, outcome
  counts, every failure (time and run), evidence of flakiness (same sha passed and failed, or a
  rerun), the latest tags and duration. One line per run (\`runs\`, columns in \`run_columns\`) and
  one line per test (\`tests\`); run references are positions in \`runs\`, gap-coded.
- \`archive.json\`: the same form as \`rollup.json\`, for the runs whose files retention removed.
  The rollup equals the archive plus the remaining run files replayed in time order; the action
  can rebuild it that way.

Retention removes run files older than the configured number of days (counted back from the
newest run); their facts stay in \`rollup.json\` and \`archive.json\`. Suite files no run uses
any more are removed.
`
}
