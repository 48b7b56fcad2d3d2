import fs from "node:fs"
import path from "node:path"

/*
 * Guards the one-line patch of @medusajs/dashboard (patches/@medusajs+dashboard+<version>.patch)
 * that makes the core product create form send `additional_data`, without which the Brand field
 * is silently dropped. Each check fails with what broke and what to do; the README section
 * "The dashboard patch" explains how to redo the patch after a Medusa upgrade.
 */

const root = path.resolve(__dirname, "..", "..", "..")
const patchesDir = path.join(root, "patches")
const dashboardDir = path.join(root, "node_modules", "@medusajs", "dashboard")
const PATCHED_LINE = "additional_data: values.additional_data"
const FUNCTION_START = "var normalizeProductFormValues = (values) => {"
const HOW_TO_FIX = 'See "The dashboard patch" in README.md.'

function fail(message: string): never {
  throw new Error(`${message}\n${HOW_TO_FIX}`)
}

function dashboardPatch() {
  const files = fs.readdirSync(patchesDir).filter((file) => file.startsWith("@medusajs+dashboard+"))
  if (files.length !== 1) fail(`Expected exactly one @medusajs/dashboard patch in patches/, found ${files.length}.`)
  const file = files[0]
  const version = file.replace("@medusajs+dashboard+", "").replace(/\.patch$/, "")
  const diff = fs.readFileSync(path.join(patchesDir, file), "utf8")
  const targets = [...diff.matchAll(/^\+\+\+ b\/node_modules\/@medusajs\/dashboard\/(\S+)$/gm)].map((m) => m[1])
  return { file, version, diff, targets }
}

/** The body of `normalizeProductFormValues` in a dashboard dist file, or null when it is not defined there. */
function normalizeFunctionBody(source: string): string | null {
  const start = source.indexOf(FUNCTION_START)
  if (start === -1) return null
  const end = source.indexOf("\n};\n", start)
  return source.slice(start, end === -1 ? undefined : end)
}

function distFilesDefiningNormalize() {
  const dist = path.join(dashboardDir, "dist")
  return fs
    .readdirSync(dist)
    .filter((file) => file.endsWith(".mjs"))
    .filter((file) => fs.readFileSync(path.join(dist, file), "utf8").includes(FUNCTION_START))
}

describe("@medusajs/dashboard patch (Brand field in the product create form)", () => {
  it("is made for the installed dashboard version and patches only the chunk the create form uses", () => {
    const installed = JSON.parse(fs.readFileSync(path.join(dashboardDir, "package.json"), "utf8")).version
    const patch = dashboardPatch()
    if (patch.version !== installed) {
      fail(
        `patches/${patch.file} was made for @medusajs/dashboard ${patch.version}, but ${installed} is installed. ` +
          "Re-create the patch for the new version."
      )
    }

    const defining = distFilesDefiningNormalize()
    if (defining.length !== 1) {
      fail(
        `Expected normalizeProductFormValues in exactly one dist/*.mjs file of @medusajs/dashboard ${installed}, ` +
          `found ${defining.length} (${defining.join(", ") || "none"}). The product create form changed; the patch must be redone.`
      )
    }
    const expectedTarget = `dist/${defining[0]}`
    if (patch.targets.length !== 1 || patch.targets[0] !== expectedTarget) {
      fail(
        `patches/${patch.file} changes ${patch.targets.join(", ") || "nothing"}, but normalizeProductFormValues ` +
          `lives in ${expectedTarget} in this dashboard version. Re-create the patch against that file.`
      )
    }
    const added = patch.diff.split("\n").filter((line) => line.startsWith("+") && !line.startsWith("+++"))
    if (added.length !== 1 || added[0].slice(1).trim() !== `${PATCHED_LINE},`) {
      fail(`patches/${patch.file} should add exactly one line, "${PATCHED_LINE},", but adds: ${JSON.stringify(added)}.`)
    }
  })

  it("is applied: the create form passes additional_data through", () => {
    const { file, targets } = dashboardPatch()
    const target = path.join(dashboardDir, targets[0] ?? "")
    if (!targets[0] || !fs.existsSync(target)) {
      fail(`The file patched by patches/${file} (${targets[0]}) does not exist in node_modules/@medusajs/dashboard.`)
    }
    const body = normalizeFunctionBody(fs.readFileSync(target, "utf8"))
    if (!body) fail(`normalizeProductFormValues is no longer defined in node_modules/@medusajs/dashboard/${targets[0]}.`)
    if (!body.includes(PATCHED_LINE)) {
      fail(
        `The dashboard patch is not applied: normalizeProductFormValues in node_modules/@medusajs/dashboard/${targets[0]} ` +
          `does not contain "${PATCHED_LINE}", so the product create form drops the Brand field. ` +
          "Run `npm install` (its postinstall runs patch-package)."
      )
    }
  })

  it("never lets Vite's dependency cache serve the unpatched dashboard", () => {
    const postinstall: string = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts?.postinstall ?? ""
    if (!postinstall.includes("patch-package --error-on-fail") || !postinstall.includes("node_modules/.vite")) {
      fail(`package.json's postinstall must run "patch-package --error-on-fail" and then delete node_modules/.vite; it is "${postinstall}".`)
    }

    // `medusa develop` pre-bundles the dashboard into node_modules/.vite/deps; a bundle made before
    // the patch was applied would keep serving the old form.
    const deps = path.join(root, "node_modules", ".vite", "deps")
    const stale = (fs.existsSync(deps) ? fs.readdirSync(deps) : [])
      .filter((file) => file.endsWith(".js"))
      .filter((file) => {
        const body = normalizeFunctionBody(fs.readFileSync(path.join(deps, file), "utf8"))
        return body !== null && !body.includes(PATCHED_LINE)
      })
    if (stale.length) {
      fail(
        `Vite's dependency cache holds an unpatched copy of the dashboard (node_modules/.vite/deps/${stale.join(", ")}). ` +
          "Stop `npm run dev`, delete node_modules/.vite and start it again."
      )
    }
  })
})
