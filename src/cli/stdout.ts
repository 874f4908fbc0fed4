/**
 * A reader that stops reading (`node dist/cli.js parse --json | head`) closes the pipe: the next
 * write fails with EPIPE. That is not the user's mistake nor a bug, so the command stops writing
 * (writeJson sees the closed stream) and exits quietly instead of printing a stack trace.
 */
export function tolerateClosedStdout(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return
    throw error
  })
}
