/**
 * Dispatches `node dist/cli.js <command>`. Exit codes: 0 success, 1 bad input (a one-paragraph
 * message, no stack trace: an InputError, or a file named on the command line that cannot be read or
 * written, a history repository that cannot be reached), 2 wrong usage; an unexpected error is a bug and keeps its stack.
 */
import { isInputError } from '../errors.js'
import { fileSystemProblem } from './file-errors.js'
import { parseCommandArgs, UsageError, type Command } from './args.js'

interface CommandEntry {
  name: string
  summary: string
  load: () => Promise<Command>
}

/**
 * Each command is loaded only when it runs: the bundle keeps them in chunks of their own, so a
 * command (and `--help`) starts without parsing the code only the others need.
 */
export const COMMANDS: CommandEntry[] = [
  { name: 'parse', summary: 'read pytest reports and print the normalised run', load: async () => (await import('./parse.js')).parseCommand },
  { name: 'ingest', summary: 'append reports (or a backfill manifest) to the history branch', load: async () => (await import('./ingest.js')).ingestCommand },
  { name: 'history', summary: 'describe what the history branch holds; --rebuild or --compact its rollup', load: async () => (await import('./history.js')).historyCommand },
  { name: 'analyze', summary: 'correlate the history with incidents and write findings', load: async () => (await import('./analyze.js')).analyzeCommand },
  { name: 'review', summary: 'write the quarterly health review', load: async () => (await import('./review.js')).reviewCommand },
  { name: 'demo', summary: 'run the whole loop offline on the bundled sample data', load: async () => (await import('./demo.js')).demoCommand }
]

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return [
    'Usage: node dist/cli.js <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `node dist/cli.js <command> --help` for the options of a command.'
  ].join('\n')
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview())
    return name === undefined ? 2 : 0
  }
  const entry = COMMANDS.find((c) => c.name === name)
  try {
    if (!entry) throw new UsageError(`Unknown command ${JSON.stringify(name)}.\n\n${overview()}`)
    const command = await entry.load()
    const { values, positionals } = parseCommandArgs(command, rest)
    if (values.help) {
      console.log(command.usage)
      return 0
    }
    return await command.run(values, positionals)
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`error: ${error.message}`)
      return 2
    }
    if (isInputError(error)) {
      console.error(`error: ${error.message}`)
      return 1
    }
    const problem = fileSystemProblem(error)
    if (problem) {
      console.error(`error: ${problem}`)
      return 1
    }
    throw error
  }
}
