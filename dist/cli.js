#!/usr/bin/env node
// Entry of the command line; the bundle itself is dist/cli/index.js.
import './cli/index.js'
