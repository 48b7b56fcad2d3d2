// One production build (`medusa build`) shared by the browser tests, the
// multi-instance tests and the benchmarks. It is rebuilt only when its inputs
// change, a lock keeps concurrent callers from building over each other, and
// each build is copied to .medusa/builds/<hash> so a rebuild never pulls the
// files from under a server that is still running an older one.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { projectRoot } from "./database.mjs"
import { isAlive, startDetachedGroup } from "./processes.mjs"
import { mustRunBin } from "./run.mjs"

const serverDir = path.join(projectRoot, ".medusa", "server")
const buildsDir = path.join(projectRoot, ".medusa", "builds")
const KEEP_BUILDS = 3
const lockDir = path.join(projectRoot, ".medusa", "build.lock")
const INPUTS = ["src", "medusa-config.ts", "package-lock.json", "patches", "tsconfig.json"]

function listFiles(target) {
  if (!fs.existsSync(target)) return []
  if (!fs.statSync(target).isDirectory()) return [target]
  return fs
    .readdirSync(target, { withFileTypes: true })
    .flatMap((entry) => listFiles(path.join(target, entry.name)))
    .sort()
}

function inputsHash() {
  const hash = crypto.createHash("sha256")
  for (const file of INPUTS.flatMap((input) => listFiles(path.join(projectRoot, input)))) {
    hash.update(path.relative(projectRoot, file)).update(fs.readFileSync(file))
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

/** Returns the directory of a build of the current sources, building it when there is none. */
export async function ensureBuild({ log = console.log } = {}) {
  return withBuildLock(async () => {
    const buildDir = path.join(buildsDir, inputsHash().slice(0, 16))
    if (fs.existsSync(path.join(buildDir, "medusa-config.js"))) {
      log(`Using the build in ${path.relative(projectRoot, buildDir)}`)
      return buildDir
    }
    log("Building with medusa build")
    await mustRunBin("medusa", ["build"], { env: { MEDUSA_DISABLE_TELEMETRY: "true" } })
    fs.mkdirSync(buildsDir, { recursive: true })
    fs.cpSync(serverDir, `${buildDir}.tmp`, { recursive: true })
    // The build reuses the project's node_modules and demo assets instead of installing its own.
    fs.symlinkSync(path.join(projectRoot, "node_modules"), path.join(`${buildDir}.tmp`, "node_modules"))
    fs.symlinkSync(path.join(projectRoot, "static"), path.join(`${buildDir}.tmp`, "static"))
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
