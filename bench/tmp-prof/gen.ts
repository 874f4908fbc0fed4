import { writePytestJsonReport } from '../read-data.js'
writePytestJsonReport('/tmp/bw/q5600.json', 5600, 20261124)
