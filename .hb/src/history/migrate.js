import { InputError } from '../errors.js';
import { HISTORY_SCHEMA_VERSION } from './types.js';
/**
 * STEPS[kind][n] upgrades version n to n + 1. Version 1 is the first version, so there is nothing
 * to upgrade yet; when HISTORY_SCHEMA_VERSION becomes 2, add `1: (doc) => ({ ...changed, schema_version: 2 })`
 * for every kind whose shape changed (and an identity step for the others).
 */
const STEPS = {
    run: {},
    suite: {},
    rollup: {},
    archive: {}
};
/**
 * Brings a parsed history file to the current schema version. Older versions are migrated in
 * memory (the file on the branch is rewritten only when it is written anyway); a newer version
 * stops: this code cannot know what the newer fields mean.
 */
export function migrateDocument(kind, raw, where) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new InputError(`The history file ${where} is not a JSON object; the data branch is damaged. Restore it from the branch's git history, or delete the file and rebuild.`);
    }
    let doc = raw;
    const version = doc.schema_version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
        throw new InputError(`The history file ${where} has no valid schema_version; the data branch is damaged. Restore it from the branch's git history.`);
    }
    if (version > HISTORY_SCHEMA_VERSION) {
        throw new InputError(`this history was written by a newer version of the action (${version}); upgrade ` +
            `(the file ${where} has schema_version ${version}, this version of the action reads up to ${HISTORY_SCHEMA_VERSION}).`);
    }
    for (let v = version; v < HISTORY_SCHEMA_VERSION; v++) {
        const step = STEPS[kind][v];
        if (!step)
            throw new Error(`no migration of ${kind} files from schema_version ${v}`);
        doc = step(doc);
    }
    return doc;
}
