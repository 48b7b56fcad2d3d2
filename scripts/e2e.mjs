#!/usr/bin/env node
// npm run test:e2e: browser tests of the admin against a production build on a throwaway
// embedded Postgres, driven by playwright-core in Debian's Chromium (never a downloaded one).
// Screenshots of every visited page go to .artifacts/e2e/.
import fs from "node:fs"
import path from "node:path"
import { assertChromiumInstalled, launchBrowser } from "../e2e/lib/browser.mjs"
import { runScenarios } from "../e2e/scenarios.mjs"
import { ensureBuild, startBuiltServer } from "./lib/build.mjs"
import { demoDir, projectRoot, testDatabase } from "./lib/database.mjs"
import { stopOnExit } from "./lib/embedded-postgres.mjs"
import { freePort, terminate, waitForHealthy } from "./lib/processes.mjs"
import { mustRunBin } from "./lib/run.mjs"

const started = Date.now()
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`
const artifactsDir = path.join(projectRoot, ".artifacts", "e2e")
const serverLog = path.join(artifactsDir, "server.log")
try {
  assertChromiumInstalled()
} catch (error) {
  console.error(error.message)
  process.exit(1)
}

const db = await testDatabase({ label: "e2e" })
if (!db.pg) {
  console.error("npm run test:e2e runs its own embedded Postgres; unset DATABASE_URL and DB_HOST.")
  process.exit(1)
}
const children = new Set()
let browser
const exit = stopOnExit(db.stop, {
  onSignal: async () => {
    await browser?.close()
    await terminate(children)
  },
})

let code = 1
try {
  fs.rmSync(artifactsDir, { recursive: true, force: true })
  fs.mkdirSync(artifactsDir, { recursive: true })

  const buildDir = await ensureBuild()
  const port = Number(process.env.E2E_PORT) || (await freePort())
  const baseUrl = `http://localhost:${port}`
  await db.pg.createDatabase("medusa_e2e")
  const env = {
    DATABASE_URL: db.pg.url("medusa_e2e"),
    PORT: String(port),
    MEDUSA_BACKEND_URL: baseUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "error",
  }

  let step = Date.now()
  await mustRunBin("medusa", ["db:migrate"], { env, cwd: buildDir, children })
  await mustRunBin("medusa", ["exec", "../e2e/seed.ts", "base"], { env, cwd: demoDir, children })
  console.log(`Database migrated and seeded in ${seconds(step)}`)

  step = Date.now()
  const log = fs.openSync(serverLog, "w")
  const server = startBuiltServer({ buildDir, env: { ...env, INSECURE_COOKIES: "true" }, stdio: ["ignore", log, log] })
  children.add(server)
  server.once("exit", () => children.delete(server))
  await waitForHealthy(`${baseUrl}/health`, { isAlive: () => children.has(server) })
  console.log(`Server ready on ${baseUrl} in ${seconds(step)} (log: ${path.relative(projectRoot, serverLog)})`)

  browser = await launchBrowser()
  const failures = await runScenarios({
    page: browser.page,
    baseUrl,
    artifactsDir,
    // Scenario 7 needs 2,000 brands; they are added just before it runs.
    seedBulkBrands: () => mustRunBin("medusa", ["exec", "../e2e/seed.ts", "bulk"], { env, cwd: demoDir, children }),
  })
  code = failures ? 1 : 0
} catch (error) {
  console.error(error)
} finally {
  await browser?.close()
  await terminate(children)
  console.log(`npm run test:e2e finished in ${seconds(started)}; screenshots in ${path.relative(projectRoot, artifactsDir)}/`)
}
await exit(code)
