/**
 * Reads named fields out of an issue body, the two ways people write them:
 * - an issue form renders each field as `### <label>\n\n<value>` (`_No response_` when an optional
 *   field was left empty);
 * - free text with a line `<Name>: <value>` (also `**Name:** value` and list items).
 * The body is untrusted: only regular expressions with bounded work run on it.
 */
const NO_RESPONSE = '_No response_';
/** Bodies can be 65,536 characters; nothing we read lives further down than this. */
const BODY_SCAN_CAP = 65_536;
/** Lines and headings are cut to this before any pattern runs on them (bounded regex work). */
const LINE_CAP = 1_000;
export function readBody(body) {
    const text = (body ?? '').slice(0, BODY_SCAN_CAP).replace(/\r\n?/g, '\n');
    const lines = text.split('\n').map((l) => l.slice(0, LINE_CAP));
    const sections = splitSections(lines);
    return {
        section(name) {
            for (const s of sections) {
                if (!whole(name).test(s.heading))
                    continue;
                const value = firstLine(unfence(s.value));
                if (value !== null)
                    return value;
            }
            return null;
        },
        line(name) {
            const pattern = new RegExp(`^\\s*(?:[-*+]\\s+)?(\\*\\*|__)?(?:${name.source})\\s*(?::\\1|\\1\\s*:)(.*)$`, 'i');
            for (const l of lines) {
                const value = pattern.exec(l)?.[2].trim();
                if (value && value !== NO_RESPONSE)
                    return value;
            }
            return null;
        }
    };
}
function splitSections(lines) {
    const sections = [];
    let current = null;
    for (const line of lines) {
        const heading = /^ {0,3}#{1,6}\s(.*)$/.exec(line);
        if (heading) {
            if (current)
                sections.push({ heading: current.heading, value: current.body.join('\n') });
            // closing hashes of an ATX heading (`### Component ###`) are not part of its text
            current = { heading: heading[1].trim().replace(/\s+#+$/, '').trim(), body: [] };
        }
        else if (current) {
            current.body.push(line);
        }
    }
    if (current)
        sections.push({ heading: current.heading, value: current.body.join('\n') });
    return sections;
}
function whole(name) {
    return new RegExp(`^(?:${name.source}):?$`, 'i');
}
/** A textarea with `render:` wraps its value in a code fence: read what is inside. */
function unfence(value) {
    const lines = value.trim().split('\n');
    const open = /^(`{3,}|~{3,})/.exec(lines[0] ?? '');
    if (!open || lines.length < 2 || lines[lines.length - 1].trim() !== open[1])
        return value;
    return lines.slice(1, -1).join('\n');
}
function firstLine(value) {
    for (const line of value.split('\n')) {
        const t = line.trim();
        if (t === '' || t === NO_RESPONSE)
            continue;
        return t;
    }
    return null;
}
