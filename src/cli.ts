// The command line: the same modules as the action, for backfills, local runs and other CI systems.
import { runCli } from './cli/main.js'
import { tolerateClosedStdout } from './cli/stdout.js'

tolerateClosedStdout()

process.exitCode = await runCli(process.argv.slice(2))
