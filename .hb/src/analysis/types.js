/**
 * What the analysis engine returns: CONTRACT.md's findings.json (schema_version 1) plus extra keys
 * that carry the evidence (runs, shas, dates) behind every finding. Keys are snake_case because the
 * object is written to findings.json as it is.
 */
export const FINDINGS_SCHEMA_VERSION = 1;
