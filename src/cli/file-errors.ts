/**
 * A file the user named on the command line that cannot be read or written (a directory given as
 * --json, a missing --incidents file, no permission) is the user's to fix: one sentence that names
 * the path and what is wrong with it, instead of Node's error and its stack.
 */
const REASONS: Record<string, string> = {
  ENOENT: 'does not exist',
  EISDIR: 'is a directory, where a file is needed',
  ENOTDIR: 'has a file where a directory should be in its path',
  EACCES: 'cannot be accessed (permission denied)',
  EPERM: 'cannot be accessed (operation not permitted)',
  EROFS: 'is on a read-only file system',
  ENOSPC: 'cannot be written: the disk is full',
  ELOOP: 'is a loop of symbolic links',
  ENAMETOOLONG: 'is too long a name'
}

/** The paragraph for a Node file-system error, or null when `error` is not one. */
export function fileSystemProblem(error: unknown): string | null {
  const e = error as NodeJS.ErrnoException
  if (!e || typeof e.code !== 'string' || typeof e.path !== 'string') return null
  const reason = REASONS[e.code]
  if (!reason) return null
  return `${e.path} ${reason} (${e.syscall ?? 'access'}: ${e.code}). Check the path given on the command line.`
}
