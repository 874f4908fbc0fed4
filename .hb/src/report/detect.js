/** How many bytes the caller should pass (a reportlog's first line, SessionStart, is far shorter). */
export const DETECT_BYTES = 64 * 1024;
export function detectFormat(firstBytes) {
    let i = 0;
    if (firstBytes.length >= 3 && firstBytes[0] === 0xef && firstBytes[1] === 0xbb && firstBytes[2] === 0xbf)
        i = 3;
    while (i < firstBytes.length && isSpace(firstBytes[i]))
        i++;
    if (i >= firstBytes.length)
        return null;
    const first = firstBytes[i];
    if (first === 0x3c /* < */)
        return 'junit';
    if (first === 0x5b /* [ */)
        return 'pytest-json';
    if (first !== 0x7b /* { */)
        return null;
    const newline = firstBytes.indexOf(0x0a, i);
    if (newline !== -1) {
        const line = firstBytes.toString('utf8', i, newline);
        if (line.includes('"$report_type"')) {
            try {
                const entry = JSON.parse(line);
                if (typeof entry === 'object' && entry !== null && '$report_type' in entry)
                    return 'reportlog';
            }
            catch {
                // not a complete JSON line: a pretty-printed object, so not JSON lines
            }
        }
    }
    return 'pytest-json';
}
const isSpace = (b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
