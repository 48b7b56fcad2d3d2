#!/usr/bin/env node
// npm test: unit, module and HTTP integration tests against a throwaway
// embedded Postgres (or the server in DATABASE_URL / DB_*). Extra arguments go to jest.
import { testDatabase } from "./lib/database.mjs"
import { stopOnExit } from "./lib/embedded-postgres.mjs"
import { runBin } from "./lib/run.mjs"

const started = Date.now()
const db = await testDatabase({ label: "test" })
const children = new Set()
const exit = stopOnExit(db.stop, { onSignal: async () => children.forEach((child) => child.kill("SIGTERM")) })
console.log(`Tests use ${db.description}`)

const code = await runBin("jest", ["--maxWorkers=2", "--forceExit", ...process.argv.slice(2)], {
  children,
  env: {
    ...db.env,
    NODE_ENV: "test",
    LOG_LEVEL: process.env.LOG_LEVEL || "error",
    MEDUSA_DISABLE_TELEMETRY: "true",
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" "),
  },
})
console.log(`npm test finished in ${((Date.now() - started) / 1000).toFixed(1)} s`)
await exit(code)
