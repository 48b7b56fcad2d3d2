#!/usr/bin/env node
// npm run dev: database, the plugin's build and watcher, migrations, demo data, admin login, then
// `medusa develop` of the demo store. A change under src/ recompiles the plugin and restarts the store.
import fs from "node:fs"
import path from "node:path"
import { ensurePluginBuild } from "./lib/build.mjs"
import { demoDir, devDatabase, projectRoot } from "./lib/database.mjs"
import { startWatchdog, stopOnExit } from "./lib/embedded-postgres.mjs"
import { watchPlugin } from "./lib/plugin-watch.mjs"
import { startDetachedGroup, terminate, waitForHealthy } from "./lib/processes.mjs"
import { mustRunBin } from "./lib/run.mjs"

const port = Number(process.env.PORT || 9000)
const email = process.env.ADMIN_EMAIL || "admin@example.com"
const password = process.env.ADMIN_PASSWORD || "supersecret"
const children = new Set()

const db = await devDatabase()
let watcher
const exit = stopOnExit(
  async () => {
    watcher?.close()
    await db.stop()
  },
  { onSignal: () => terminate(children) }
)
console.log(`Database: ${db.description}`)

const env = { ...db.env, PORT: String(port), MEDUSA_DISABLE_TELEMETRY: "true" }
try {
  await ensurePluginBuild()
  await mustRunBin("medusa", ["db:migrate"], { env, cwd: demoDir, children })
  await mustRunBin("medusa", ["exec", "./src/scripts/seed.ts"], { env, cwd: demoDir, children })
} catch (e) {
  console.error(e.message)
  await exit(1)
}

// `medusa develop` restarts when its medusa-config.ts changes; touching it hands over a plugin change.
const demoConfig = path.join(demoDir, "medusa-config.ts")
watcher = watchPlugin({
  onChange: () => {
    const now = new Date()
    fs.utimesSync(demoConfig, now, now)
  },
})

const server = startDetachedGroup(path.join(projectRoot, "node_modules", ".bin", "medusa"), ["develop"], {
  cwd: demoDir,
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
