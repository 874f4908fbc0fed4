import { readFileSync } from 'node:fs';
import { readReportFile } from '../../src/report/index.js';
async function main() {
    const p = '/tmp/bw/s.json';
    const mode = process.argv[2];
    for (let r = 0; r < 3; r++) {
        console.log('--- round', r);
        const t = performance.now();
        if (mode === 'parse')
            JSON.parse(readFileSync(p, 'utf8'));
        else
            await readReportFile(p, { format: 'auto', componentMap: null, cwd: '/', streamThresholdBytes: mode === 'stream' ? 0 : undefined });
        console.log('took', (performance.now() - t).toFixed(0));
    }
}
void main();
