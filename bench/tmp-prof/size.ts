import { writePytestJsonReport } from '../read-data.js'
console.log(writePytestJsonReport('/tmp/bw/s.json', 28000, 20261124))
