// The release notes of one version, from CHANGELOG.md, after checking that the release is
// consistent: the tag is v<major>.<minor>.<patch> (optionally -<prerelease>), package.json has that
// version, and CHANGELOG.md has a dated `## [<version>] - YYYY-MM-DD` entry that is not empty.
// Prints the entry's body; exits 1 with one paragraph otherwise. The release workflow runs it.
//   node scripts/release-notes.mjs v1.2.0 [--changelog CHANGELOG.md] [--package package.json]
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

const SEMVER_TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/

function fail(message) {
  process.stderr.write(`error: ${message}\n`)
  process.exit(1)
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { changelog: { type: 'string', default: 'CHANGELOG.md' }, package: { type: 'string', default: 'package.json' } }
})
const tag = positionals[0] ?? ''
if (!SEMVER_TAG.test(tag)) fail(`The tag ${JSON.stringify(tag)} is not a release tag: releases are tagged v<major>.<minor>.<patch>, e.g. v1.2.0 (see CONTRIBUTING.md, "Releasing").`)
const version = tag.slice(1)

const packageVersion = JSON.parse(readFileSync(values.package, 'utf8')).version
if (packageVersion !== version) {
  fail(`The tag ${tag} does not match the version in ${values.package} (${packageVersion}). Set "version": "${version}" there (and in package-lock.json with \`npm version ${version} --no-git-tag-version\`), commit, and tag that commit.`)
}

const changelog = readFileSync(values.changelog, 'utf8')
const lines = changelog.split('\n')
const escaped = version.replace(/[.+-]/g, '\\$&')
const start = lines.findIndex((line) => new RegExp(`^## \\[${escaped}\\]`).test(line))
if (start === -1) fail(`${values.changelog} has no entry for ${version}. Move the [Unreleased] items under a new heading \`## [${version}] - YYYY-MM-DD\` before tagging.`)
if (!/^## \[[^\]]+\] - \d{4}-\d{2}-\d{2}\s*$/.test(lines[start])) fail(`The ${values.changelog} heading of ${version} has no date: write it as \`## [${version}] - YYYY-MM-DD\`.`)
const end = lines.findIndex((line, i) => i > start && /^## /.test(line))
const body = lines.slice(start + 1, end === -1 ? undefined : end).join('\n').trim()
if (body === '') fail(`The ${values.changelog} entry of ${version} is empty: say what changed.`)
process.stdout.write(`${body}\n`)
