/**
 * Dispatches `node dist/cli.js <command>`. Exit codes: 0 success, 1 bad input (a one-paragraph
 * message, no stack trace: an InputError, or a file named on the command line that cannot be read or
 * written, a history repository that cannot be reached), 2 wrong usage; an unexpected error is a bug and keeps its stack.
 */
import { isInputError } from '../errors.js'
import { fileSystemProblem } from './file-errors.js'
import { unreachableRemoteProblem } from './remote-errors.js'
import { parseCommandArgs, UsageError, type Command } from './args.js'
import { parseCommand } from './parse.js'
import { ingestCommand } from './ingest.js'
import { historyCommand } from './history.js'
import { analyzeCommand } from './analyze.js'
import { demoCommand } from './demo.js'
import { reviewCommand } from './review.js'

export const COMMANDS: Command[] = [parseCommand, ingestCommand, historyCommand, analyzeCommand, reviewCommand, demoCommand]

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
  const command = COMMANDS.find((c) => c.name === name)
  try {
    if (!command) throw new UsageError(`Unknown command ${JSON.stringify(name)}.\n\n${overview()}`)
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
    const problem = fileSystemProblem(error) ?? unreachableRemoteProblem(error)
    if (problem) {
      console.error(`error: ${problem}`)
      return 1
    }
    throw error
  }
}
