// The dev loop of the plugin inside the demo store, as `medusa plugin:develop` does it but without
// yalc: backend files under src/ are compiled with swc (no type-check) into .medusa/server on
// every change, and medusa-plugin-options.json points the store at src/admin, which the store's
// Vite then serves from source with hot reload.
import swc from "@swc/core"
import fs from "node:fs"
import path from "node:path"
import { pluginDevOptionsFile } from "./build.mjs"
import { projectRoot } from "./database.mjs"

const srcDir = path.join(projectRoot, "src")
const outDir = path.join(projectRoot, ".medusa", "server", "src")
const DEBOUNCE_MS = 300

const SWC_OPTIONS = {
  sourceMaps: "inline",
  module: { type: "commonjs", strictMode: true, noInterop: false },
  jsc: {
    target: "es2021",
    parser: { syntax: "typescript", tsx: true, decorators: true, dynamicImport: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    keepClassNames: true,
  },
}

/** Backend sources only: the admin is served from source, tests are never shipped. */
const isBackendSource = (file) =>
  /\.ts$/.test(file) && !file.endsWith(".d.ts") && !file.startsWith(`admin${path.sep}`) && !file.includes("__tests__")

async function compile(file) {
  const source = path.join(srcDir, file)
  const output = path.join(outDir, file.replace(/\.ts$/, ".js"))
  if (!fs.existsSync(source)) {
    fs.rmSync(output, { force: true })
    return
  }
  const { code } = await swc.transformFile(source, SWC_OPTIONS)
  fs.mkdirSync(path.dirname(output), { recursive: true })
  fs.writeFileSync(output, code)
}

/** Starts watching; `onChange` runs once per burst of changes, after they are compiled. */
export function watchPlugin({ onChange, log = console.log }) {
  fs.writeFileSync(pluginDevOptionsFile, JSON.stringify({ srcDir }))
  const pending = new Set()
  let timer
  const flush = async () => {
    const files = [...pending]
    pending.clear()
    try {
      await Promise.all(files.map(compile))
      log(`medusa-brands: recompiled ${files.join(", ")}`)
      onChange()
    } catch (error) {
      log(`medusa-brands: could not compile ${files.join(", ")}: ${error.message}`)
    }
  }
  const watcher = fs.watch(srcDir, { recursive: true }, (_event, file) => {
    if (!file || !isBackendSource(file)) return
    pending.add(file)
    clearTimeout(timer)
    timer = setTimeout(flush, DEBOUNCE_MS)
  })
  return {
    close() {
      watcher.close()
      clearTimeout(timer)
      fs.rmSync(pluginDevOptionsFile, { force: true })
    },
  }
}
