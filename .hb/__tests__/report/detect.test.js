// Format detection from content, and JUnit nodeid reconstruction.
import { describe, expect, it } from '@jest/globals';
import { openSync, readdirSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat, junitNodeid } from '../../src/report/index.js';
const DIR = join(process.cwd(), '__fixtures__', 'reports');
function head(file) {
    const buffer = Buffer.alloc(64 * 1024);
    const fd = openSync(join(DIR, file), 'r');
    try {
        return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
    }
    finally {
        closeSync(fd);
    }
}
describe('detectFormat', () => {
    const expected = (file) => (file.endsWith('.xml') ? 'junit' : file.endsWith('.jsonl') ? 'reportlog' : 'pytest-json');
    it.each(readdirSync(DIR).filter((f) => f !== 'MANIFEST.md'))('%s', (file) => {
        expect(detectFormat(head(file))).toBe(expected(file));
    });
    it('looks at content, not names: BOM, leading blank lines, compact one-line json', () => {
        expect(detectFormat(Buffer.from('\uFEFF\n  <?xml version="1.0"?><testsuites/>'))).toBe('junit');
        expect(detectFormat(Buffer.from('{"pytest_version": "9.0.3", "$report_type": "SessionStart"}\n{"nodeid": ""}'))).toBe('reportlog');
        expect(detectFormat(Buffer.from('{"created": 1, "tests": [{"nodeid": "a", "metadata": {"$report_type": 1}}]}'))).toBe('pytest-json');
        expect(detectFormat(Buffer.from('{\n  "$report_type": "SessionStart"\n}'))).toBe('pytest-json');
        expect(detectFormat(Buffer.from('hello'))).toBeNull();
        expect(detectFormat(Buffer.from('   '))).toBeNull();
    });
});
describe('junitNodeid', () => {
    it('rebuilds file path and classes from classname', () => {
        expect(junitNodeid('tests.test_cache.CacheTest', 'test_clear', null)).toBe('tests/test_cache.py::CacheTest::test_clear');
        expect(junitNodeid('test_checkout', 'test_gateway_5xx[a.b::c]', null)).toBe('test_checkout.py::test_gateway_5xx[a.b::c]');
        expect(junitNodeid('pkg.sub.test_m.TestA.TestInner', 'test_x', null)).toBe('pkg/sub/test_m.py::TestA::TestInner::test_x');
    });
    it('uses the xunit1 file attribute when it agrees with classname', () => {
        expect(junitNodeid('tests.Upper.test_m.lowerclass', 'test_x', 'tests/Upper/test_m.py')).toBe('tests/Upper/test_m.py::lowerclass::test_x');
        // unittest classes report their base module's file: fall back to the heuristic
        expect(junitNodeid('tests.test_cache.CacheTest', 'test_clear', 'tests/__init__.py')).toBe('tests/test_cache.py::CacheTest::test_clear');
    });
    it('reads collection errors and skips (empty classname) as module paths', () => {
        expect(junitNodeid('', 'tests.test_3rd_party', null)).toBe('tests/test_3rd_party.py');
        expect(junitNodeid('', '', null)).toBe('<collection>');
    });
});
