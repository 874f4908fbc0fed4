/**
 * Whether `name` is a branch name git accepts (the rules of `git check-ref-format --branch`),
 * checked here so a bad `history-branch` is reported as an input error before any git runs.
 */
export function isValidBranchName(name) {
    if (name === '' || name === '@' || name.length > 255)
        return false;
    if (name.startsWith('-') || name.startsWith('/') || name.endsWith('/') || name.endsWith('.'))
        return false;
    if (name.includes('..') || name.includes('@{') || name.includes('//'))
        return false;
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(name))
        return false;
    return name.split('/').every((part) => !part.startsWith('.') && !part.endsWith('.lock'));
}
