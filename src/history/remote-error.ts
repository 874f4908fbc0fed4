/**
 * What to tell the user when the history's git server could not be used: a refused token, a
 * server that cannot be reached, or one that does not speak git, each with what to change.
 */
import { InputError } from '../errors.js'
import { RemoteFailure } from './wire/failure.js'

export function remoteError(what: string, where: { branch: string; remote: string }, cause: RemoteFailure): InputError {
  if (cause.kind === 'auth' || cause.kind === 'forbidden') {
    return new InputError(
      `The git server refused the token when the action tried to ${what} the history branch "${where.branch}" of ${where.remote} (${cause.message}). ` +
        'Give the job a token that can read the repository contents (permissions: contents: read, or contents: write to store runs).'
    )
  }
  if (cause.kind === 'unreachable') {
    return new InputError(
      `The history repository ${where.remote} could not be reached to ${what} the branch "${where.branch}" (${cause.message}). ` +
        'Check the --repo / history-repository value (an https URL such as https://github.com/<owner>/<repo>.git, or the path of a local git repository) and that the machine can reach the server.'
    )
  }
  return new InputError(`The git server of ${where.remote} gave an answer the action cannot use when it tried to ${what} the history branch "${where.branch}": ${cause.message}.`)
}

/** Runs a conversation with the server, turning its failures into the user's message. */
export async function talkingTo<T>(what: string, where: { branch: string; remote: string }, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    throw error instanceof RemoteFailure ? remoteError(what, where, error) : error
  }
}
