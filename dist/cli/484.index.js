export const id = 484;
export const ids = [484];
export const modules = {

/***/ 5484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nU: () => (/* reexport */ store/* DEFAULT_BRANCH */.nU),
  D4: () => (/* reexport */ store/* DEFAULT_RETENTION_DAYS */.D4),
  NA: () => (/* reexport */ appendBuiltRuns),
  $: () => (/* reexport */ appendRuns),
  jr: () => (/* reexport */ buildRuns),
  EQ: () => (/* reexport */ compactHistory),
  GQ: () => (/* reexport */ formatDescription),
  jC: () => (/* reexport */ store/* openHistory */.jC),
  F2: () => (/* reexport */ readSavedRun),
  BQ: () => (/* reexport */ saveRun)
});

// UNUSED EXPORTS: COMPACT_LAG, HISTORY_SCHEMA_VERSION, HistoryClone, collectingLogger, compactIfDue, defaultRemote, defaultTempDir, makeRunId, plainLogger, rebuildRollup, sanitizePathSegment, squashHistory, validateBranchName

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/history/codec.ts
var codec = __webpack_require__(5398);
// EXTERNAL MODULE: ./src/history/ids.ts
var ids = __webpack_require__(1666);
// EXTERNAL MODULE: ./src/history/layout.ts
var history_layout = __webpack_require__(8548);
// EXTERNAL MODULE: ./src/history/pending.ts
var pending = __webpack_require__(2383);
// EXTERNAL MODULE: ./src/history/remote-error.ts
var remote_error = __webpack_require__(7735);
;// CONCATENATED MODULE: ./src/history/push-result.ts

const READ_ONLY = /permission to \S+ denied|403 forbidden|write access to repository not granted/i;
const REFUSED = /hook declined|GH006|GH013|protected branch|rule violations|declined due to|pre-receive hook/i;
const CONTENTION = /non-fast-forward|fetch first|failed to update ref|cannot lock ref|stale info|incorrect old value|reference already exists|but expected/i;
function push_result_classifyPush(r) {
    if (r.failure)
        return r.failure.kind === 'forbidden' ? 'read-only' : 'failed';
    if (r.report.ok)
        return 'pushed';
    const said = pushText(r);
    if (REFUSED.test(said))
        return 'refused';
    if (r.report.stale || CONTENTION.test(said))
        return 'contention';
    if (READ_ONLY.test(said))
        return 'read-only';
    return 'failed';
}
/** The server's own words about a refusal (its messages and each rejected ref), for the message. */
function refusalReason(r) {
    if (r.failure)
        return r.failure.message;
    const lines = [...r.report.messages, ...[...r.report.rejected].map(([ref, why]) => (ref ? `${ref} rejected: ${why}` : why))];
    return [...new Set(lines)].slice(0, 6).join(' / ') || 'no reason given';
}
function pushText(r) {
    return r.report ? [...r.report.messages, ...r.report.rejected.values()].join('\n') : '';
}
/** The error for a push that failed for none of the reasons above. */
function push_result_pushFailure(where, r) {
    if (r.failure)
        return (0,remote_error/* remoteError */.b)('push to', where, r.failure);
    return new Error(`The git server of ${where.remote} did not take the push to the history branch "${where.branch}": ${refusalReason(r)}.`);
}

// EXTERNAL MODULE: ./src/history/objects.ts + 2 modules
var history_objects = __webpack_require__(7243);
// EXTERNAL MODULE: ./src/history/types.ts
var types = __webpack_require__(9653);
;// CONCATENATED MODULE: ./src/history/readme.ts


/**
 * The README blob a commit to the branch should write: null when the branch already holds this
 * version's text. A branch created by an older version (or a README edited by hand) gets the
 * current description with its next commit.
 */
function readmeUpdate(objects, layout, branch) {
    const text = branchReadme(branch);
    // hashed first: the blob is only written when a commit needs it
    return layout.readme === history_objects/* ObjectStore */.L.blobId(text) ? null : objects.writeBlob(text);
}
/** README.md of the data branch: what a person who opens the branch on GitHub needs to know. */
function branchReadme(branch) {
    return `# Test history (\`${branch}\`)

This branch is written by the test-incident-loop action. It holds the history of the test runs
of this repository, so the action can relate test failures to incidents. It is data, not code:
it shares no history with the other branches. Do not edit it by hand.

Schema version: ${types/* HISTORY_SCHEMA_VERSION */.a} (every JSON file carries \`schema_version\`; a newer action
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
`;
}

;// CONCATENATED MODULE: ./src/history/retention.ts
const DAY_MS = 86_400_000;
/**
 * The moment retention counts back from: the present, or the newest run being stored when that is
 * earlier (a backfill of old reports keeps what it stores). Never a future timestamp: a run dated
 * 2099 does not make every other run old.
 */
function retentionAnchor(now, storedRuns = []) {
    const present = now.toISOString();
    if (storedRuns.length === 0)
        return present;
    const newest = storedRuns.reduce((m, r) => (r.created > m ? r.created : m), storedRuns[0].created);
    return newest < present ? newest : present;
}
/**
 * The runs whose files retention removes: older than `retentionDays` before `anchor`
 * (retentionAnchor), 0 = keep everything. Runs of one sha go together: a run is
 * pruned only when every kept run of its sha is old too, so the flakiness comparison between runs
 * of a commit always sees the same runs at ingest and at rebuild.
 */
function planPrune(runs, retentionDays, anchor) {
    if (!(retentionDays > 0) || runs.length === 0)
        return [];
    const cutoff = new Date(Date.parse(anchor) - retentionDays * DAY_MS).toISOString();
    const kept = runs.filter((r) => r.file !== null);
    const youngShas = new Set(kept.filter((r) => r.created >= cutoff && r.sha).map((r) => r.sha));
    return kept.filter((r) => r.created < cutoff && !(r.sha && youngShas.has(r.sha)));
}

// EXTERNAL MODULE: ./src/history/rollup.ts
var rollup = __webpack_require__(988);
;// CONCATENATED MODULE: ./src/history/compact.ts
/**
 * Bringing rollup.json up to date with the run files (and applying retention): a commit that
 * rewrites the rollup to cover every run file of the tip, folds the runs retention removes into
 * archive.json, and deletes their files and the suites no kept run uses. A writer does it after
 * its own run landed, when the rollup lags by COMPACT_LAG runs or more, is missing, damaged or
 * older, or retention has something to remove; one attempt only (a race lost means another
 * writer is active and will do it). `history --compact` / `--rebuild` retry.
 */








/** Run files the stored rollup may lag behind before a writer rewrites it. */
const COMPACT_LAG = 8;
/** The lag a busy writer still catches up on (so a branch that is never quiet still gets compacted). */
const BUSY_LAG = 4 * COMPACT_LAG;
/** Compacts when due; never fails the caller (the runs are stored already): problems become debug lines. */
async function compactIfDue(clone, opts) {
    try {
        if (!clone.loadedRollup) {
            // a writer that did not read the rollup cannot see its lag without reading it: it takes a
            // turn one time in COMPACT_LAG (so the lag stays near COMPACT_LAG), or when the rollup is missing
            const missing = clone.layout.rollup === null && clone.layout.runs.size > 0;
            if (!missing && (opts.busy || (opts.random ?? Math.random)() >= 1 / COMPACT_LAG))
                return null;
            await clone.load({ writing: true });
        }
        const loaded = clone.loadedRollup;
        if (!loaded)
            return null;
        // another writer rewrote the rollup since this one was read: it is active, and knows more
        if (clone.layout.rollup !== loaded.sourceOid)
            return null;
        const lag = clone.storedRollupLag();
        const anchor = retentionAnchor(opts.now ?? new Date(), opts.stored);
        const prune = planPrune(loaded.state.rollup.runs, opts.retentionDays, anchor);
        if (!loaded.rewriteReason && clone.layout.rollup && lag < (opts.busy ? BUSY_LAG : COMPACT_LAG) && (prune.length === 0 || opts.busy))
            return null;
        const result = await compactOnce(clone, loaded.state, opts.retentionDays, anchor);
        clone.logger.debug(`history compaction: ${JSON.stringify(result)}`);
        return result;
    }
    catch (error) {
        clone.logger.debug(`history compaction skipped: ${error.message}`);
        return null;
    }
}
/**
 * Compacts with retries (the CLI's `history --compact`, and `--rebuild`, which first replays every
 * run file instead of trusting the stored rollup).
 */
async function compactHistory(clone, opts) {
    const attempts = opts.maxAttempts ?? 10;
    let last = { status: 'unchanged', reason: 'not tried' };
    for (let attempt = 1; attempt <= attempts; attempt++) {
        if (attempt > 1)
            await clone.refresh({ forReading: !opts.rebuild });
        const state = opts.rebuild ? await clone.rebuildState() : attempt > 1 || !clone.loadedRollup ? await clone.load() : clone.state();
        if (clone.tip === null && clone.layout.pending.length === 0)
            return { status: 'unchanged', reason: 'the branch does not exist yet' };
        last = await compactOnce(clone, state, opts.retentionDays, retentionAnchor(opts.now ?? new Date(), opts.stored));
        if (last.status !== 'lost-race')
            return last;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 200 * attempt));
    }
    return last;
}
async function compactOnce(clone, state, retentionDays, anchor) {
    const pruned = planPrune(state.rollup.runs, retentionDays, anchor)
        .filter((r) => r.file !== null && clone.layout.runs.has(r.file))
        .sort(rollup/* compareKeys */.YD);
    // pending runs are taken in first (pending.ts), so that pruning may still delete one of them
    const absorbed = (0,pending/* absorbPending */.fM)(clone.layout);
    const changes = [...absorbed.changes];
    const layout = { ...clone.layout, runs: new Map(clone.layout.runs), suites: new Map(clone.layout.suites), pending: [], fromPending: new Map() };
    if (pruned.length > 0) {
        const archive = await clone.readArchive();
        const files = await clone.readRunFiles(pruned.map((r) => r.file));
        const suites = await clone.readSuites([...files.values()].map((f) => f.suite));
        const readable = [...files.entries()].filter(([, f]) => suites.has(f.suite));
        // the runs of one sha are pruned together; they are compared with each other, as at ingest
        for (const [file, runFile] of readable) {
            const peers = readable
                .filter(([other, f]) => other !== file && runFile.run.sha && f.run.sha === runFile.run.sha)
                .map(([, f]) => (0,rollup/* peerOf */.gD)(f, suites.get(f.suite)));
            (0,rollup/* applyRun */.qU)(archive, runFile, suites.get(runFile.suite), { file: null, sameSha: peers });
        }
        for (const r of pruned) {
            const file = r.file; // read before markPruned clears it
            (0,rollup/* markPruned */.SC)(state, r.id);
            changes.push({ path: file, oid: null });
            layout.runs.delete(file);
        }
        const archiveOid = clone.objects.writeBlob((0,codec/* encodeState */.Md)(archive));
        changes.push({ path: history_layout/* ARCHIVE_PATH */.FO, oid: archiveOid });
        layout.archive = archiveOid;
    }
    // suites no kept run uses any more (kept when some kept run does not say which it uses)
    const used = new Set();
    let allKnown = true;
    for (const r of state.rollup.runs) {
        if (r.file === null)
            continue;
        if (r.suite)
            used.add(r.suite);
        else
            allKnown = false;
    }
    if (allKnown) {
        for (const hash of clone.layout.suites.keys()) {
            if (used.has(hash))
                continue;
            changes.push({ path: (0,ids/* suiteFilePath */.Y6)(hash), oid: null });
            layout.suites.delete(hash);
        }
    }
    // (the branch is created here when its first runs were all pending)
    const readme = readmeUpdate(clone.objects, clone.layout, clone.branch);
    if (readme) {
        layout.readme = readme;
        changes.push({ path: history_layout/* README_PATH */.zw, oid: readme });
    }
    const rollupOid = clone.objects.writeBlob((0,codec/* encodeState */.Md)(state));
    if (rollupOid === clone.layout.rollup && changes.length === 0 && absorbed.deletes.length === 0)
        return { status: 'unchanged', reason: 'the rollup is up to date' };
    changes.push({ path: history_layout/* ROLLUP_PATH */.$w, oid: rollupOid });
    layout.rollup = rollupOid;
    const commit = clone.objects.commitTree(clone.tip, changes, `history: update the rollup (${state.rollup.runs.length} runs${pruned.length ? `, ${pruned.length} run files pruned` : ''})`);
    const push = await clone.objects.push(commit, clone.tip, absorbed.deletes);
    const outcome = push_result_classifyPush(push);
    if (outcome === 'pushed') {
        clone.noteCompacted(commit, layout, state);
        return { status: 'compacted', commit, pruned: pruned.length, covered: state.rollup.runs.length };
    }
    if (outcome === 'read-only')
        return { status: 'read-only', reason: `the token may not push to ${clone.branch}` };
    return { status: 'lost-race', reason: refusalReason(push) };
}

// EXTERNAL MODULE: ./src/history/runfile.ts
var runfile = __webpack_require__(1919);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/history/migrate.ts
var migrate = __webpack_require__(2917);
// EXTERNAL MODULE: ./src/history/serialize.ts
var serialize = __webpack_require__(8650);
;// CONCATENATED MODULE: ./src/history/saved.ts
/**
 * A run that could not be stored is kept in a file that `node dist/cli.js ingest --saved FILE`
 * stores later, as it was: the run file and its suite, with the branch it was meant for. The copy
 * is written before the push and removed once the run is on the branch, so a job killed at any
 * moment leaves either the stored run or the copy (or both: storing the copy again is a no-op).
 */






const SAVED_KIND = 'test-incident-loop unstored run';
const SAVED_FOLDER = 'test-history-unstored';
function savedRunPath(tempDir, runId) {
    return external_node_path_.join(tempDir, SAVED_FOLDER, `${runId}.json`);
}
async function saveRun(tempDir, branch, built) {
    const file = savedRunPath(tempDir, built.runFile.run.id);
    await external_node_fs_.promises.mkdir(external_node_path_.dirname(file), { recursive: true });
    // the suite as its text: a later `ingest --saved` stores it as it is, without writing out thousands of test ids again
    const doc = { kind: SAVED_KIND, branch, run: built.runFile, suite_text: built.suiteText };
    // written whole, then renamed: a reader never sees half a copy
    await external_node_fs_.promises.writeFile(`${file}.part`, JSON.stringify(doc));
    await external_node_fs_.promises.rename(`${file}.part`, file);
    return file;
}
/** Reads a saved copy back as the run it was (same id, so storing it twice stores it once). */
function readSavedRun(file) {
    let doc;
    try {
        doc = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (e) {
        throw new errors/* InputError */.d(`The saved run ${file} could not be read (${e.message}). Give the file the action named when it could not store the run.`);
    }
    if (doc?.kind !== SAVED_KIND || !doc.run || (typeof doc.suite_text !== 'string' && !doc.suite)) {
        throw new errors/* InputError */.d(`The file ${file} is not a saved run of this action (it lacks "kind": "${SAVED_KIND}"). Give the file the action named when it could not store the run.`);
    }
    const runFile = (0,migrate/* migrateDocument */.H)('run', doc.run, file);
    let suite;
    let suiteText;
    if (typeof doc.suite_text === 'string') {
        suiteText = doc.suite_text;
        try {
            suite = (0,migrate/* migrateDocument */.H)('suite', JSON.parse(suiteText), file);
        }
        catch (e) {
            if (e instanceof errors/* InputError */.d)
                throw e;
            throw new errors/* InputError */.d(`The saved run ${file} is damaged: its suite is not JSON (${e.message}).`);
        }
    }
    else {
        suite = (0,migrate/* migrateDocument */.H)('suite', doc.suite, file);
        suiteText = (0,serialize/* serializeLines */.Y)(suite, 2);
    }
    // the hash ties the suite text to the run: a text changed by hand does not match it
    const suiteHash = (0,runfile/* hashSuiteText */.yA)(suiteText);
    if (suiteHash !== runFile.suite)
        throw new errors/* InputError */.d(`The saved run ${file} is damaged: its suite does not match the run (hash ${suiteHash}, expected ${runFile.suite}).`);
    return { runFile, suite, suiteHash, runText: (0,serialize/* serializeLines */.Y)(runFile, 2), suiteText };
}

;// CONCATENATED MODULE: ./src/history/append.ts
/**
 * Storing runs: each run adds its own immutable files (run file, suite file when new), committed
 * with plumbing on top of the fetched tip and pushed. A push that loses the race to another job
 * does not queue behind the others: the runs are pushed as pending runs, each to a ref of its
 * own (pending.ts), which no other job can take, and the next commit to the branch takes them in.
 * Only a server that refuses such refs makes the writer queue: fetch the new tip (trees only),
 * rebuild the same small commit on it, push again. The rollup is brought up to date afterwards
 * (compact.ts), outside the race. A copy of every run is saved before the first push and
 * removed once it landed.
 */










const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function normaliseTime(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime()))
        throw new errors/* InputError */.d(`The run time "${iso}" is not a valid ISO 8601 time; give times like 2026-01-05T10:15:00Z.`);
    return d.toISOString();
}
/** Builds the files of new runs (ids from time, build, job, matrix leg and content). */
function buildRuns(runs) {
    return runs.map(({ info, run }) => (0,runfile/* buildRun */.y2)({ ...info, created: normaliseTime(info.created) }, run));
}
/** Stores runs given as reports (see appendBuiltRuns). */
async function appendRuns(clone, runs, opts) {
    return appendBuiltRuns(clone, buildRuns(runs), opts);
}
/**
 * Adds runs to the branch in one commit (taking in the pending runs it holds). A push that lost the
 * race stores the runs as pending runs instead; where the server refuses those, contention is
 * retried (jittered exponential backoff). A branch rule or hook that declines the push stops at
 * once with an InputError; a token that may not push gives `read-only`. Whenever the runs were not
 * stored, their saved copies are named.
 */
async function appendBuiltRuns(clone, built, opts) {
    const maxAttempts = opts.maxAttempts ?? 30;
    const base = opts.baseDelayMs ?? 50;
    const cap = opts.maxDelayMs ?? 2_000;
    const random = opts.random ?? Math.random;
    const saved = opts.saved ?? (await Promise.all(built.map((b) => saveRun(clone.tempDir, clone.branch, b))));
    const blobCache = new Map();
    const blob = (text) => {
        let oid = blobCache.get(text);
        if (!oid)
            blobCache.set(text, (oid = clone.objects.writeBlob(text)));
        return oid;
    };
    const readOnly = { status: 'read-only', reason: `the token may not push to ${clone.branch} (the server answered 403); the run was not stored (saved at ${saved.join(', ')})`, saved };
    const notStored = (why) => `${why} Nothing was lost: the run is saved at ${saved.join(', ')}; store it later with \`node dist/cli.js ingest --repo <repository> --branch ${clone.branch} --saved <file>\`.`;
    let lastReason = '';
    let triedPending = opts.pending === false;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        if (attempt > 1) {
            await sleep(random() * Math.min(cap, base * 2 ** (attempt - 2)));
            await clone.refresh();
        }
        const { fresh, already } = sortOut(clone, built);
        if (fresh.length === 0) {
            await removeSaved(saved);
            return { status: 'stored', commit: clone.tip ?? '', runIds: [], alreadyStored: already, attempts: attempt, pending: false };
        }
        const { runs, suites, changes: added } = runFiles(clone, fresh, blob);
        const readme = readmeUpdate(clone.objects, clone.layout, clone.branch);
        // runs pending beside the branch are taken in by this commit (pending.ts)
        const absorbed = (0,pending/* absorbPending */.fM)(clone.layout);
        const changes = [...absorbed.changes, ...added, ...(readme ? [{ path: history_layout/* README_PATH */.zw, oid: readme }] : [])];
        const ids = fresh.map((b) => b.runFile.run.id);
        const message = opts.commitMessage ?? `history: add run${ids.length > 1 ? 's' : ''} ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', ...' : ''}`;
        const commit = clone.objects.commitTree(clone.tip, changes, message);
        const push = await clone.objects.push(commit, clone.tip, absorbed.deletes);
        const outcome = push_result_classifyPush(push);
        if (outcome === 'pushed') {
            clone.noteWritten(commit, runs, suites, readme);
            await removeSaved(saved);
            await clone.foldUncovered();
            if (opts.compact !== false)
                await compactIfDue(clone, { retentionDays: opts.retentionDays, now: opts.now, stored: fresh.map((b) => b.runFile.run), busy: attempt > 1, random });
            return { status: 'stored', commit, runIds: ids, alreadyStored: already, attempts: attempt, pending: false };
        }
        if (outcome === 'read-only')
            return readOnly;
        if (outcome === 'refused') {
            throw new errors/* InputError */.d(notStored(`The git server declined the push to the history branch "${clone.branch}" of ${clone.remote} (${refusalReason(push)}). ` +
                `This is a branch protection rule, a ruleset or a server hook, not another job: retrying cannot help. ` +
                `Exempt "${clone.branch}" from the rule (or allow the workflow's token to push to it), or set history-branch to a branch without such rules.`));
        }
        if (outcome === 'failed') {
            const error = push_result_pushFailure(clone, push);
            throw error instanceof errors/* InputError */.d ? new errors/* InputError */.d(notStored(error.message)) : new Error(notStored(error.message));
        }
        lastReason = refusalReason(push);
        clone.logger.debug(`history push attempt ${attempt} lost the race to another job: ${lastReason}`);
        if (!triedPending) {
            // another job pushed first: store the runs beside the branch instead of queueing behind it
            triedPending = true;
            const landed = await pushPending(clone, fresh, blob);
            if (landed === 'read-only')
                return readOnly;
            if (landed !== null) {
                await removeSaved(saved);
                await clone.foldUncovered();
                return { status: 'stored', commit: landed[0].commit, runIds: ids, alreadyStored: already, attempts: attempt, pending: true };
            }
        }
    }
    throw new Error(notStored(`The test run was not stored in the history branch "${clone.branch}": the push was rejected ${maxAttempts} times because other jobs kept updating the branch (last: ${lastReason}).`));
}
/** The runs not stored yet, and the ids of those that are (on the branch, pending, or in the rollup read). */
function sortOut(clone, built) {
    const known = new Set(clone.loadedRollup?.state.rollup.runs.map((r) => r.id) ?? []);
    const fresh = [];
    const already = [];
    for (const b of built) {
        const id = b.runFile.run.id;
        if (clone.layout.runs.has((0,ids/* runFilePath */.N3)(b.runFile.run.created, id)) || known.has(id) || fresh.some((f) => f.runFile.run.id === id))
            already.push(id);
        else
            fresh.push(b);
    }
    return { fresh, already };
}
/**
 * Pushes each run as a pending run (pending.ts): a parentless commit of its run file (and its
 * suite file when the branch lacks it) to a ref of its own, all in one atomic push. Null when the
 * server would not take them (a rule against such refs, or the same run pending already): the
 * caller then queues on the branch as before.
 */
async function pushPending(clone, fresh, blob) {
    const pending = [];
    for (const b of fresh) {
        const { runs, suites, changes } = runFiles(clone, [b], blob);
        const commit = clone.objects.commitTree(null, changes, `history: run ${b.runFile.run.id}, pending`);
        pending.push({ ref: (0,ids/* pendingNamespace */.Bn)(clone.branch) + b.runFile.run.id, commit, runs, suites });
    }
    const push = await clone.objects.pushNewRefs(pending);
    const outcome = push_result_classifyPush(push);
    if (outcome === 'pushed') {
        clone.notePending(pending);
        return pending;
    }
    if (outcome === 'read-only')
        return 'read-only';
    clone.logger.debug(`history: the runs could not be stored as pending runs (${refusalReason(push)}); queueing on the branch instead`);
    return null;
}
/** The files storing `built` adds: each run file, and each suite file the branch lacks. */
function runFiles(clone, built, blob) {
    const runs = new Map();
    const suites = new Map();
    for (const b of built) {
        runs.set((0,ids/* runFilePath */.N3)(b.runFile.run.created, b.runFile.run.id), blob(b.runText));
        if (!clone.layout.suites.has(b.suiteHash))
            suites.set(b.suiteHash, blob(b.suiteText));
    }
    const changes = [...[...runs].map(([path, oid]) => ({ path, oid })), ...[...suites].map(([hash, oid]) => ({ path: (0,ids/* suiteFilePath */.Y6)(hash), oid }))];
    return { runs, suites, changes };
}
async function removeSaved(files) {
    await Promise.all(files.map((f) => external_node_fs_.promises.rm(f, { force: true })));
}

;// CONCATENATED MODULE: ./src/history/describe.ts
const kb = (n) => (n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`);
/** Plain text for the CLI's `history` command. */
function formatDescription(d) {
    if (!d.exists && d.pending_runs === 0)
        return `History branch "${d.branch}" of ${d.remote}: not created yet (no run stored).`;
    const branches = Object.entries(d.runs_by_branch)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([b, n]) => `${b || '(none)'}: ${n}`)
        .join(', ');
    return [
        d.exists
            ? `History branch "${d.branch}" of ${d.remote} at ${d.commit?.slice(0, 12)} (schema version ${d.schema_version ?? '-'})`
            : `History branch "${d.branch}" of ${d.remote}: not created yet; its first runs are pending beside it`,
        `runs: ${d.runs} (${d.run_files} run files, ${d.pruned_runs} pruned by retention; ${d.uncovered_runs} not yet in rollup.json)`,
        ...(d.pending_runs > 0 ? [`pending runs: ${d.pending_runs} (stored beside the branch after a lost race; the next stored run or \`history --compact\` takes them in)`] : []),
        `dates: ${d.first_run ?? '-'} .. ${d.last_run ?? '-'}`,
        `runs by branch: ${branches || '-'}`,
        `tests: ${d.tests}, suite files: ${d.suites}`,
        `size of rollup.json: ${kb(d.rollup_bytes)}`,
        ...d.warnings.map((w) => `warning: ${w}`)
    ].join('\n');
}

// EXTERNAL MODULE: ./src/history/logger.ts
var logger = __webpack_require__(5902);
;// CONCATENATED MODULE: ./src/history/squash.ts
/**
 * Replaces the branch by one orphan commit of its current tree (opt-in: the old history, and the
 * size it takes, goes away). Pushed only while the branch is still at the tip this clone read, so a
 * run pushed meanwhile is never overwritten.
 */

async function squashHistory(clone, message = 'history: squash the test history') {
    if (clone.tip === null)
        return { status: 'unchanged', reason: 'the branch does not exist yet' };
    const tree = clone.objects.treeOf(clone.tip);
    const commit = clone.objects.orphanCommit(tree, message);
    const push = await clone.objects.push(commit, clone.tip);
    const outcome = classifyPush(push);
    if (outcome === 'pushed') {
        clone.tip = commit;
        return { status: 'squashed', commit };
    }
    if (outcome === 'read-only')
        return { status: 'read-only', reason: `the token may not push to ${clone.branch}; the history was not squashed` };
    if (outcome === 'contention') {
        throw new Error(`The history branch "${clone.branch}" changed while it was being squashed (another job stored a run); nothing was overwritten. Run the squash again.`);
    }
    throw pushFailure(clone, push);
}

// EXTERNAL MODULE: ./src/history/store.ts + 1 modules
var store = __webpack_require__(3217);
;// CONCATENATED MODULE: ./src/history/index.ts
// Public API of the history store (see store.ts for reading, append.ts for writing).











/***/ }),

/***/ 1919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y2: () => (/* binding */ buildRun),
/* harmony export */   yA: () => (/* binding */ hashSuiteText),
/* harmony export */   zl: () => (/* binding */ SLOWEST_KEPT)
/* harmony export */ });
/* unused harmony exports NODEID_CAP, TAG_CAP, boundText, SUITE_COLUMNS, roundDuration, effectiveOutcome */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7995);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1666);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8650);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9653);





/** How many of a run's slowest tests keep their duration in the run file. */
const SLOWEST_KEPT = 50;
/**
 * Bounds on what one test may put on the branch (characters). A longer nodeid is cut and ends in
 * `…#<hash>` of the full id, so it stays unique and the same in every run; longer tags and file
 * names are cut the same way. Messages are capped at MESSAGE_CAP (500) when the report is read.
 */
const NODEID_CAP = 1000;
const TAG_CAP = 200;
function boundText(text, cap) {
    if (text.length <= cap)
        return text;
    return text.slice(0, cap - 18) + '…#' + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 16);
}
const boundOrNull = (text, cap) => (text === null ? null : boundText(text, cap));
const SUITE_COLUMNS = ['nodeid', 'component', 'failure_mode', 'incident', 'tag_source', 'file', 'line'];
/**
 * Durations are rounded to two significant digits (whole ms below 100 ms): timings jitter from run
 * to run, and unchanged bytes are what lets git store the next run file as a tiny delta.
 */
function roundDuration(ms) {
    if (!(ms > 0))
        return 0;
    if (ms < 100)
        return Math.round(ms);
    const magnitude = 10 ** (Math.floor(Math.log10(ms)) - 1);
    return Math.round(ms / magnitude) * magnitude;
}
/** A test that failed, then passed on a retry, is a `rerun` whichever reader produced it. */
function effectiveOutcome(t) {
    return t.outcome === 'passed' && t.reruns > 0 ? 'rerun' : t.outcome;
}
/**
 * Turns a normalised TestRun into what the branch stores: the run file (non-passed results plus the
 * slowest tests' durations) and the suite file (every test with its tags, content-addressed).
 */
function buildRun(info, run, slowestKept = SLOWEST_KEPT) {
    const byId = new Map();
    for (const raw of run.tests) {
        const t = {
            ...raw,
            nodeid: boundText(raw.nodeid, NODEID_CAP),
            component: boundText(raw.component, TAG_CAP),
            failure_mode: boundText(raw.failure_mode, TAG_CAP),
            incident: boundOrNull(raw.incident, TAG_CAP),
            file: boundOrNull(raw.file, TAG_CAP * 5),
            message: raw.message === null ? null : raw.message.slice(0, _report_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .MESSAGE_CAP */ .pT)
        };
        byId.set(t.nodeid, t); // readers resolve duplicates; keep the last
    }
    const tests = [...byId.values()].sort((a, b) => (a.nodeid < b.nodeid ? -1 : a.nodeid > b.nodeid ? 1 : 0));
    const rows = tests.map((t) => [t.nodeid, t.component, t.failure_mode, t.incident, t.tag_source, t.file, t.line]);
    const suite = { schema_version: _types_js__WEBPACK_IMPORTED_MODULE_3__/* .HISTORY_SCHEMA_VERSION */ .a, columns: SUITE_COLUMNS, tests: rows };
    const suiteText = (0,_serialize_js__WEBPACK_IMPORTED_MODULE_4__/* .serializeLines */ .Y)(suite, 2);
    const suiteHash = hashSuiteText(suiteText);
    const results = {};
    const summary = { total: tests.length };
    for (const t of tests) {
        const o = effectiveOutcome(t);
        summary[o] = (summary[o] ?? 0) + 1;
        if (o === 'passed')
            continue;
        const r = { o, ms: roundDuration(t.duration_ms) };
        if (t.message)
            r.msg = t.message.slice(0, _report_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .MESSAGE_CAP */ .pT);
        if (t.reruns > 0)
            r.reruns = t.reruns;
        results[t.nodeid] = r;
    }
    const slowest = [...tests].sort((a, b) => b.duration_ms - a.duration_ms || (a.nodeid < b.nodeid ? -1 : 1)).slice(0, slowestKept);
    for (const t of slowest) {
        if (!(t.duration_ms > 0))
            continue;
        results[t.nodeid] ??= { ms: roundDuration(t.duration_ms) };
    }
    const content = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(suiteHash).update((0,_serialize_js__WEBPACK_IMPORTED_MODULE_4__/* .stableStringify */ .J)(summary)).update((0,_serialize_js__WEBPACK_IMPORTED_MODULE_4__/* .stableStringify */ .J)(results)).digest('hex');
    const id = info.id !== undefined ? (0,_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizePathSegment */ .KF)(info.id) : (0,_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .makeRunId */ .fN)(info.created, info, content);
    const runFile = { schema_version: _types_js__WEBPACK_IMPORTED_MODULE_3__/* .HISTORY_SCHEMA_VERSION */ .a, run: { ...info, id }, suite: suiteHash, summary, results };
    return { runFile, suite, suiteHash, runText: (0,_serialize_js__WEBPACK_IMPORTED_MODULE_4__/* .serializeLines */ .Y)(runFile, 2), suiteText };
}
function hashSuiteText(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 24);
}


/***/ })

};

//# sourceMappingURL=484.index.js.map