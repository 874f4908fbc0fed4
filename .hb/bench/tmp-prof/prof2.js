import { readPytestJson } from '../../src/report/pytest-json.js';
async function main() {
    for (let i = 0; i < 15; i++)
        await readPytestJson('/tmp/bw/s.json', { displayPath: 'x', componentMap: null });
}
void main();
