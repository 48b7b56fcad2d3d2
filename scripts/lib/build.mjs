// Builds shared by every command: the plugin (`medusa plugin:build` into .medusa/server, what
// `npm pack` ships and what the demo store and the tests load) and the demo store's production
// build (`medusa build` in demo/), used by the browser tests, the multi-instance tests and the
// benchmarks. Each is rebuilt only when its inputs change, a lock keeps concurrent callers from
// building over each other, and each store build is copied to demo/.medusa/builds/<hash> so a
// rebuild never pulls the files from under a server that is still running an older one.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { demoDir, projectRoot } from "./database.mjs"
import { isAlive, startDetachedGroup } from "./processes.mjs"
import { mustRunBin } from "./run.mjs"

const pluginDir = path.join(projectRoot, ".medusa", "server")
const pluginHashFile = path.join(projectRoot, ".medusa", "plugin-build.hash")
/** Written by the dev watcher: the store then compiles the plugin's admin from src/. */
export const pluginDevOptionsFile = path.join(pluginDir, "medusa-plugin-options.json")
const PLUGIN_INPUTS = ["src", "package.json", "package-lock.json", "tsconfig.json", "vite.config.mts"]

const demoServerDir = path.join(demoDir, ".medusa", "server")
const buildsDir = path.join(demoDir, ".medusa", "builds")
const KEEP_BUILDS = 3
const DEMO_INPUTS = ["src", "medusa-config.ts", "package.json", "tsconfig.json"]
const lockDir = path.join(projectRoot, ".medusa", "build.lock")

function listFiles(target) {
  if (!fs.existsSync(target)) return []
  if (!fs.statSync(target).isDirectory()) return [target]
  return fs
    .readdirSync(target, { withFileTypes: true })
    .flatMap((entry) => listFiles(path.join(target, entry.name)))
    .sort()
}

function inputsHash(root, inputs, extra = "") {
  const hash = crypto.createHash("sha256").update(extra)
  for (const file of inputs.flatMap((input) => listFiles(path.join(root, input)))) {
    hash.update(path.relative(root, file)).update(fs.readFileSync(file))
  }
  return hash.digest("hex")
}

async function withBuildLock(fn) {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true })
  while (true) {
    try {
      fs.mkdirSync(lockDir)
      fs.writeFileSync(path.join(lockDir, "pid"), String(process.pid))
      break
    } catch (e) {
      if (e.code !== "EEXIST") throw e
      const owner = Number(fs.readFileSync(path.join(lockDir, "pid"), "utf8") || 0)
      if (owner && !isAlive(owner)) fs.rmSync(lockDir, { recursive: true, force: true })
      else await new Promise((r) => setTimeout(r, 500))
    }
  }
  try {
    return await fn()
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true })
  }
}

const readIfExists = (file) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null)

async function buildPluginUnlocked(log) {
  const hash = inputsHash(projectRoot, PLUGIN_INPUTS)
  const fresh = readIfExists(pluginHashFile) === hash && !fs.existsSync(pluginDevOptionsFile)
  if (fresh && fs.existsSync(path.join(pluginDir, "src", "admin", "index.mjs"))) return hash
  log("Building the plugin with medusa plugin:build")
  fs.rmSync(pluginHashFile, { force: true })
  await mustRunBin("medusa", ["plugin:build"], { env: { MEDUSA_DISABLE_TELEMETRY: "true" } })
  fs.writeFileSync(pluginHashFile, hash)
  return hash
}

/** Builds the plugin into .medusa/server unless that build is of the current sources. */
export async function ensurePluginBuild({ log = console.log } = {}) {
  return withBuildLock(() => buildPluginUnlocked(log))
}

/** Returns the directory of a production build of the demo store, building it (and the plugin) when needed. */
export async function ensureBuild({ log = console.log } = {}) {
  return withBuildLock(async () => {
    const pluginHash = await buildPluginUnlocked(log)
    const buildDir = path.join(buildsDir, inputsHash(demoDir, DEMO_INPUTS, pluginHash).slice(0, 16))
    if (fs.existsSync(path.join(buildDir, "medusa-config.js"))) {
      log(`Using the build in ${path.relative(projectRoot, buildDir)}`)
      return buildDir
    }
    log("Building the demo store with medusa build")
    await mustRunBin("medusa", ["build"], { cwd: demoDir, env: { MEDUSA_DISABLE_TELEMETRY: "true" } })
    fs.mkdirSync(buildsDir, { recursive: true })
    fs.cpSync(demoServerDir, `${buildDir}.tmp`, { recursive: true })
    // The build reuses the repository's node_modules and the demo assets instead of installing its own.
    fs.symlinkSync(path.join(projectRoot, "node_modules"), path.join(`${buildDir}.tmp`, "node_modules"))
    fs.symlinkSync(path.join(demoDir, "static"), path.join(`${buildDir}.tmp`, "static"))
    fs.renameSync(`${buildDir}.tmp`, buildDir)
    pruneOldBuilds()
    return buildDir
  })
}

function pruneOldBuilds() {
  const builds = fs
    .readdirSync(buildsDir)
    .map((name) => path.join(buildsDir, name))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)
  for (const old of builds.slice(KEEP_BUILDS)) fs.rmSync(old, { recursive: true, force: true })
}

/**
 * Starts `medusa start` from `buildDir` in its own process group (stop it with
 * `terminate` from processes.mjs). `env` needs DATABASE_URL and PORT. Run
 * `medusa db:migrate` with `cwd: buildDir` first on a new database.
 */
export function startBuiltServer({ buildDir, env, stdio = "inherit" }) {
  return startDetachedGroup(path.join(projectRoot, "node_modules", ".bin", "medusa"), ["start"], {
    cwd: buildDir,
    stdio,
    env: { ...process.env, NODE_ENV: "production", MEDUSA_DISABLE_TELEMETRY: "true", ...env },
  })
}
