/**
 * A history repository that cannot be reached (a wrong URL or path, no network, a host that does not
 * resolve) is the user's to fix: one paragraph naming what git said, instead of the GitError's stack.
 * Other git failures stay bugs.
 */
const UNREACHABLE = [
  /unable to access/i,
  /could not resolve host/i,
  /failed to connect/i,
  /connection (refused|timed out|reset)/i,
  /does not appear to be a git repository/i,
  /not found/i,
  /could not read from remote repository/i,
  /make sure you have the correct access rights/i,
  /no such file or directory/i
]

/** The paragraph for a git error that says the remote cannot be reached, or null. */
export function unreachableRemoteProblem(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'GitError') return null
  const said = error.message.replace(/^git \S* failed \(exit \d+\):\s*/, '').replace(/\s*\|\s*/g, ' ').trim()
  if (!UNREACHABLE.some((pattern) => pattern.test(said))) return null
  return (
    `The history repository could not be reached: git said "${said}". ` +
    'Check --repo (an https URL such as https://github.com/<owner>/<repo>.git, or the path of a local git repository), ' +
    'the network, and for a private repository that GITHUB_TOKEN is set to a token that may read it.'
  )
}
