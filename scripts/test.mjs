#!/usr/bin/env node
// npm test: unit, module and HTTP integration tests against a throwaway embedded Postgres (or the
// server in DATABASE_URL / DB_*), with the plugin built first and loaded into the demo store as a
// store loads it. `--reliability` (npm run test:reliability) runs the suites that start their own
// servers instead. Other arguments go to jest.
import { ensurePluginBuild } from "./lib/build.mjs"
import { testDatabase } from "./lib/database.mjs"
import { stopOnExit } from "./lib/embedded-postgres.mjs"
import { runBin } from "./lib/run.mjs"

const started = Date.now()
const reliability = process.argv.includes("--reliability")
const jestArgs = process.argv.slice(2).filter((arg) => arg !== "--reliability")

await ensurePluginBuild()
const db = reliability ? { env: {}, stop: async () => {}, description: "their own servers" } : await testDatabase({ label: "test" })
const children = new Set()
const exit = stopOnExit(db.stop, { onSignal: async () => children.forEach((child) => child.kill("SIGTERM")) })
console.log(`Tests use ${db.description}`)

const code = await runBin(
  "jest",
  [
    ...(reliability || jestArgs.some((arg) => /^(-i|--runInBand|--maxWorkers.*|-w)$/.test(arg)) ? [] : ["--maxWorkers=2"]),
    ...(reliability ? ["--runInBand"] : []),
    "--forceExit",
    ...jestArgs,
  ],
  {
    children,
    env: {
      ...db.env,
      ...(reliability ? { TEST_TYPE: "reliability" } : { NODE_ENV: "test" }),
      LOG_LEVEL: process.env.LOG_LEVEL || "error",
      MEDUSA_DISABLE_TELEMETRY: "true",
      NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" "),
    },
  }
)
console.log(`npm ${reliability ? "run test:reliability" : "test"} finished in ${((Date.now() - started) / 1000).toFixed(1)} s`)
await exit(code)
