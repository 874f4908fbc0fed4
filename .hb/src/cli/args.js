/**
 * Argument parsing for the command line: node's parseArgs plus the two things it lacks, a usage
 * error type (exit 2) and per-command help text.
 */
import { parseArgs } from 'node:util';
/** Wrong usage of the command line (unknown option, missing argument): exit code 2. */
export class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
export function parseCommandArgs(command, argv) {
    try {
        const { values, positionals } = parseArgs({
            args: argv,
            options: { ...command.options, help: { type: 'boolean', short: 'h' } },
            allowPositionals: true,
            strict: true
        });
        return { values: values, positionals };
    }
    catch (error) {
        throw new UsageError(`${error.message}\n\n${command.usage}`);
    }
}
export function stringOption(values, name) {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
}
export function requiredOption(values, name, usage) {
    const value = stringOption(values, name);
    if (value === undefined || value === '')
        throw new UsageError(`--${name} is required.\n\n${usage}`);
    return value;
}
export function numberOption(values, name, fallback) {
    const value = stringOption(values, name);
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value))
        throw new UsageError(`--${name} takes a whole number, not ${JSON.stringify(value)}.`);
    return Number(value);
}
export function dateOption(values, name) {
    const value = stringOption(values, name);
    if (value === undefined)
        return undefined;
    if (!/(Z|[+-]\d\d:?\d\d)$/i.test(value) || Number.isNaN(Date.parse(value))) {
        throw new UsageError(`--${name} takes an ISO 8601 time with a zone, e.g. 2026-11-24T12:00:00Z, not ${JSON.stringify(value)}.`);
    }
    return new Date(value);
}
