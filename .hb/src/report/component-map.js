// The component-map file: CODEOWNERS-style globs on a test's file path that name its component
// (and optionally its failure mode). One rule a line: `pattern component [failure_mode]`;
// `#` starts a comment; the LAST matching line wins, as in CODEOWNERS.
import { readFile } from 'node:fs/promises';
import picomatch from 'picomatch';
import { InputError } from '../errors.js';
export async function loadComponentMap(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new InputError(`The component map ${path} could not be read (${code ?? String(error)}). ` +
            'Check the path (it is relative to the working directory), or leave the component map out.');
    }
    return parseComponentMap(text, path);
}
export function parseComponentMap(text, source) {
    const rules = [];
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((raw, index) => {
        const line = index + 1;
        const content = stripComment(raw).trim();
        if (content === '')
            return;
        const fields = content.split(/\s+/);
        if (fields.length < 2 || fields.length > 3) {
            throw new InputError(`${source}:${line}: expected \`pattern component [failure_mode]\`, found ${fields.length} field(s) in ` +
                `${JSON.stringify(raw.trim())}. Write one rule per line, e.g. \`tests/checkout/ checkout-service payment_timeout\`; ` +
                'start a line with # for a comment.');
        }
        const [pattern, component, failureMode] = fields;
        if (pattern.startsWith('!')) {
            throw new InputError(`${source}:${line}: negated patterns (${pattern}) are not supported, as in CODEOWNERS. ` +
                'Add a later, more specific line instead: the last matching line wins.');
        }
        rules.push({ pattern, component, failure_mode: failureMode ?? null, line, matches: compilePattern(pattern) });
    });
    return { source, rules };
}
/** The last rule matching a test file (CODEOWNERS: later lines override earlier ones). */
export function matchComponentRule(map, file) {
    for (let i = map.rules.length - 1; i >= 0; i--) {
        if (map.rules[i].matches(file))
            return map.rules[i];
    }
    return null;
}
/** `#` at the start or after whitespace starts a comment; `\#` is a literal `#`. */
function stripComment(line) {
    const match = /(^|\s)#/.exec(line.replace(/\\#/g, '\u0000'));
    const kept = match ? line.slice(0, match.index) : line;
    return kept.replace(/\\#/g, '#');
}
/**
 * CODEOWNERS / gitignore semantics on a path relative to the pytest rootdir:
 * a leading `/` or a `/` inside the pattern anchors it at the root, otherwise it matches at any
 * depth; a trailing `/` matches a directory's contents; a pattern without one matches a file of
 * that name or everything below a directory of that name; `*` stays within a path segment and
 * `**` crosses segments.
 */
function compilePattern(pattern) {
    let glob = pattern;
    const directoryOnly = glob.endsWith('/');
    if (directoryOnly)
        glob = glob.slice(0, -1);
    const anchored = glob.startsWith('/') || glob.includes('/');
    if (glob.startsWith('/'))
        glob = glob.slice(1);
    if (glob === '' || glob === '*' || glob === '**')
        return () => true;
    if (!anchored)
        glob = `**/${glob}`;
    const globs = directoryOnly ? [`${glob}/**`] : [glob, `${glob}/**`];
    const matcher = picomatch(globs, { dot: true });
    return (file) => matcher(file.replace(/^\.\//, ''));
}
