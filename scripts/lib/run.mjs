import { spawn } from "node:child_process"
import path from "node:path"
import { projectRoot } from "./database.mjs"

const bin = (name) => path.join(projectRoot, "node_modules", ".bin", name)

/** Runs a project binary (medusa, jest, ...) with extra env; resolves with its exit code. */
export function runBin(name, args, { env = {}, children, cwd = projectRoot } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin(name), args, {
      cwd,
      stdio: "inherit",
      env: { ...process.env, ...env },
    })
    children?.add(child)
    child.once("error", reject)
    child.once("exit", (code, signal) => {
      children?.delete(child)
      resolve(code ?? (signal ? 128 : 1))
    })
  })
}

/** Runs a project binary and throws when it fails. */
export async function mustRunBin(name, args, options) {
  const code = await runBin(name, args, options)
  if (code !== 0) throw new Error(`${name} ${args.join(" ")} exited with ${code}`)
}
