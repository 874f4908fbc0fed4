export const id = 94;
export const ids = [94];
export const modules = {

/***/ 8094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jsonChunks: () => (/* binding */ jsonChunks),
/* harmony export */   writeJson: () => (/* binding */ writeJson)
/* harmony export */ });
const CHUNK = 1 << 16;
/** The JSON text of `value` in chunks; undefined, functions and symbols are treated as JSON.stringify does. */
function* jsonChunks(value, indent = 2) {
    let buffer = '';
    const pad = (depth) => (indent > 0 ? '\n' + ' '.repeat(indent * depth) : '');
    const colon = indent > 0 ? ': ' : ':';
    const stack = [];
    // Writes a prepared value: a leaf at once, a non-empty container as its opening bracket plus a frame.
    const open = (v, depth) => {
        if (v === undefined) {
            buffer += 'null'; // array items (object members were filtered out before)
            return;
        }
        if (Array.isArray(v)) {
            if (v.length === 0)
                buffer += '[]';
            else {
                buffer += '[';
                stack.push({ kind: 'array', items: v, next: 0, depth: depth + 1 });
            }
            return;
        }
        if (v !== null && typeof v === 'object') {
            const entries = Object.keys(v)
                .map((k) => [k, prepare(v[k], k)])
                .filter(([, member]) => member !== undefined);
            if (entries.length === 0)
                buffer += '{}';
            else {
                buffer += '{';
                stack.push({ kind: 'object', entries, next: 0, depth: depth + 1 });
            }
            return;
        }
        buffer += JSON.stringify(v);
    };
    open(prepare(value, ''), 0);
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        const size = frame.kind === 'array' ? frame.items.length : frame.entries.length;
        if (frame.next === size) {
            stack.pop();
            buffer += pad(frame.depth - 1) + (frame.kind === 'array' ? ']' : '}');
        }
        else {
            const index = frame.next++;
            buffer += (index > 0 ? ',' : '') + pad(frame.depth);
            if (frame.kind === 'array')
                open(prepare(frame.items[index], String(index)), frame.depth);
            else {
                const [key, member] = frame.entries[index];
                buffer += JSON.stringify(key) + colon;
                open(member, frame.depth);
            }
        }
        if (buffer.length >= CHUNK) {
            yield buffer;
            buffer = '';
        }
    }
    if (buffer !== '')
        yield buffer;
}
/** toJSON (dates) first; then what JSON.stringify leaves out or turns into null. */
function prepare(raw, key) {
    let v = raw;
    if (v !== null && typeof v === 'object' && typeof v.toJSON === 'function') {
        v = v.toJSON(key);
    }
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol')
        return undefined;
    if (typeof v === 'number' && !Number.isFinite(v))
        return null;
    if (v instanceof Number || v instanceof String || v instanceof Boolean)
        return v.valueOf();
    return v;
}
/**
 * Writes `value` as JSON plus a newline. Resolves false, having written what it could, when the
 * stream was closed by its reader; never holds more than one chunk beyond what the stream buffers.
 */
async function writeJson(stream, value, indent = 2) {
    for (const chunk of jsonChunks(value, indent)) {
        if (!(await writeChunk(stream, chunk)))
            return false;
    }
    return writeChunk(stream, '\n');
}
async function writeChunk(stream, chunk) {
    if (stream.destroyed || stream.writableEnded)
        return false;
    if (stream.write(chunk))
        return true;
    await new Promise((resolve) => {
        const done = () => {
            stream.off('drain', done);
            stream.off('close', done);
            stream.off('error', done);
            resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
        stream.on('error', done);
    });
    return !stream.destroyed;
}


/***/ })

};

//# sourceMappingURL=94.index.js.map