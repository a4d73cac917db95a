#!/usr/bin/env node
// Runs the CLI bundle that `npm run build` writes (scripts/build.mjs): one file plus a chunk
// per command, so a start reads a handful of files instead of hundreds from node_modules.
import '../dist/bundle/chainchief.js'
