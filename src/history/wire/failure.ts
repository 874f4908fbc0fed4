/**
 * Why the git server could not be used. Every failure of the wire code is one of these, so the
 * store turns each kind into advice in one place (../remote-error.ts).
 */
export type RemoteFailureKind = 'auth' | 'forbidden' | 'unreachable' | 'protocol'

export class RemoteFailure extends Error {
  constructor(
    readonly kind: RemoteFailureKind,
    message: string,
    /** the server was reached and answered (a status, a git error); false when it never was (refused, silent) */
    readonly answered: boolean = kind !== 'unreachable'
  ) {
    super(message)
    this.name = 'RemoteFailure'
  }
}

/** What the server sent could not be read as git's protocol. */
export class WireError extends RemoteFailure {
  constructor(message: string) {
    super('protocol', `its answer could not be read: ${message}`)
    this.name = 'WireError'
  }
}
