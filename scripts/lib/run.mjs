import { spawn } from "node:child_process"
import path from "node:path"
import { projectRoot } from "./database.mjs"

const bin = (name) => path.join(projectRoot, "node_modules", ".bin", name)

/** Runs a command with extra env; resolves with its exit code. */
export function runCommand(command, args, { env = {}, children, cwd = projectRoot, stdio = "inherit" } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio,
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

/** Runs a command and throws when it fails. */
export async function mustRunCommand(command, args, options) {
  const code = await runCommand(command, args, options)
  if (code !== 0) throw new Error(`${path.basename(command)} ${args.join(" ")} exited with ${code}`)
}

/** Runs a project binary (medusa, jest, ...) with extra env; resolves with its exit code. */
export const runBin = (name, args, options) => runCommand(bin(name), args, options)

/** Runs a project binary and throws when it fails. */
export const mustRunBin = (name, args, options) => mustRunCommand(bin(name), args, options)
