#!/usr/bin/env node
// Runs one command against the dev database, e.g.
//   node scripts/with-db.mjs medusa db:generate brand
import { devDatabase } from "./lib/database.mjs"
import { stopOnExit } from "./lib/embedded-postgres.mjs"
import { runBin } from "./lib/run.mjs"

const [name, ...args] = process.argv.slice(2)
if (!name) {
  console.error("usage: node scripts/with-db.mjs <bin> [args...]")
  process.exit(2)
}
const db = await devDatabase()
const children = new Set()
const exit = stopOnExit(db.stop, { onSignal: async () => children.forEach((child) => child.kill("SIGTERM")) })
const code = await runBin(name, args, { env: db.env, children })
await exit(code)
