import type { BranchLayout } from './layout.js'
import { ObjectStore } from './objects.js'
import { HISTORY_SCHEMA_VERSION } from './types.js'

/**
 * The README blob a commit to the branch should write: null when the branch already holds this
 * version's text. A branch created by an older version (or a README edited by hand) gets the
 * current description with its next commit.
 */
export function readmeUpdate(objects: ObjectStore, layout: BranchLayout, branch: string): string | null {
  const text = branchReadme(branch)
  // hashed first: the blob is only written when a commit needs it
  return layout.readme === ObjectStore.blobId(text) ? null : objects.writeBlob(text)
}

/** README.md of the data branch: what a person who opens the branch on GitHub needs to know. */
export function branchReadme(branch: string): string {
  return `# Test history (\`${branch}\`)

This branch is written by the test-incident-loop action. It holds the history of the test runs
of this repository, so the action can relate test failures to incidents. It is data, not code:
it shares no history with the other branches. Do not edit it by hand.

Schema version: ${HISTORY_SCHEMA_VERSION} (every JSON file carries \`schema_version\`; a newer action
migrates older files when it reads them, an older action refuses newer files).

## Layout

- \`runs/<yyyy>/<mm>/<run id>.json\`: one file per stored run, never changed once written: the run
  (\`run\`: sha, branch, event, workflow, job, matrix leg, build id \`<run_id>-<run_attempt>\`, time,
  report files), the outcome counts (\`summary\`), the hash of its suite file (\`suite\`), and
  \`results\` by test id for the tests that did not pass plus the slowest tests' durations (ms,
  rounded to two significant digits). A test of the suite that is not in \`results\` passed. The
  run id is \`<time>-<build id>-<job>-<matrix leg>-<content hash>\`, so two jobs or legs of one
  workflow run never collide.
- \`suites/<hash>.json\`: the tests of a run with their tags (\`columns\` names the fields of each
  row). Content-addressed: runs with the same tests and tags share one file.
- \`rollup.json\`: a cache of the run files, per test: first and last time seen per branch (and the
  same over the runs where it really ran), outcome counts, every failure with its run and the
  component and failure mode the test had in that run, evidence of flakiness (same sha passed and
  failed, or a rerun), the latest tags and duration. Its \`runs\` lists the runs it covers (one line
  each); run references are positions in \`runs\`, gap-coded. Run files it does not list yet are
  folded in by every reader, and a writer rewrites it once it lags 8 runs behind.
- \`archive.json\`: the same form as \`rollup.json\`, for the runs whose files retention removed.
  The rollup equals the archive plus the run files replayed in time order; a missing or damaged
  rollup is rebuilt that way (\`node dist/cli.js history --repo URL --rebuild\` writes it back).

A job whose push to this branch lost the race to another job stores its run at once as a pending
run instead: a commit of its run file (and its suite file when the branch lacks it) to the ref
\`refs/test-history-pending/${branch}/<run id>\`. Readers read pending runs as part of this branch;
the next commit here takes their files in and deletes their refs in the same atomic push. The ref
\`refs/test-history-rollup/${branch}\` names the blob of this branch's \`rollup.json\`, so that
readers fetch it with the trees; they use it only when it names the same blob as the tree.

Only regular files are read, at these paths and within size bounds (run file 16 MB, suite 64 MB,
rollup and archive 512 MB); a symbolic link or submodule here stops the action. Retention removes
run files older than the configured number of days, counted back from the present (never from a
run dated in the future); their facts stay in \`rollup.json\` and \`archive.json\`. Suite files no
run uses any more are removed.
`
}
