#!/usr/bin/env node
// npm run dev: database, migrations, demo data, admin login, then `medusa develop`.
import path from "node:path"
import { devDatabase, projectRoot } from "./lib/database.mjs"
import { startWatchdog, stopOnExit } from "./lib/embedded-postgres.mjs"
import { startDetachedGroup, terminate, waitForHealthy } from "./lib/processes.mjs"
import { mustRunBin } from "./lib/run.mjs"

const port = Number(process.env.PORT || 9000)
const email = process.env.ADMIN_EMAIL || "admin@example.com"
const password = process.env.ADMIN_PASSWORD || "supersecret"
const children = new Set()

const db = await devDatabase()
const exit = stopOnExit(db.stop, { onSignal: () => terminate(children) })
console.log(`Database: ${db.description}`)

const env = { ...db.env, PORT: String(port), MEDUSA_DISABLE_TELEMETRY: "true" }
try {
  await mustRunBin("medusa", ["db:migrate"], { env, children })
  await mustRunBin("medusa", ["exec", "./src/scripts/seed.ts"], { env, children })
} catch (e) {
  console.error(e.message)
  await exit(1)
}

const server = startDetachedGroup(path.join(projectRoot, "node_modules", ".bin", "medusa"), ["develop"], {
  cwd: projectRoot,
  stdio: "inherit",
  env: { ...process.env, ...env },
})
children.add(server)
// `medusa develop` runs in its own process group, and its server child outlives
// it: if this process is SIGKILLed, the watchdog interrupts the whole group.
startWatchdog(process.pid, -server.pid)
server.once("exit", (code) => {
  children.delete(server)
  exit(code ?? 1)
})

await waitForHealthy(`http://localhost:${port}/health`, { isAlive: () => children.has(server) })
console.log(`
  Medusa Brands is ready.
    Admin:  http://localhost:${port}/app
    Login:  ${email} / ${password}
    Store:  http://localhost:${port}/store/brands  (x-publishable-api-key: see "Publishable API key" above)
  Press Ctrl-C to stop the server and the database.
`)
