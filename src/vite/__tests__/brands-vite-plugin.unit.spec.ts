import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { brandsVitePlugin } from "../brands-vite-plugin"
import { CREATE_FORM_MARKER, createFormKeepsAdditionalData } from "../dashboard-rewrites"

/*
 * brandsVitePlugin against the installed @medusajs/dashboard: when a Medusa upgrade changes the
 * product create form, these tests fail first, with the same message a store's admin build shows.
 */

const dashboardDist = path.join(path.dirname(require.resolve("@medusajs/dashboard/package.json")), "dist")
const dashboardVersion = JSON.parse(fs.readFileSync(path.join(dashboardDist, "..", "package.json"), "utf8")).version
const KEEP = "additional_data: values.additional_data,"

function dashboardFilesDefiningNormalize() {
  return fs
    .readdirSync(dashboardDist)
    .filter((file) => file.endsWith(".mjs"))
    .map((file) => ({ file, code: fs.readFileSync(path.join(dashboardDist, file), "utf8") }))
    .filter(({ code }) => /var normalizeProductFormValues\d* = /.test(code))
}

type TransformResult = { code: string; map: null } | null

/** Runs the plugin's hooks as Vite does, without Vite (with the create form's rewrite only). */
function runPlugin(command: "build" | "serve", files: Record<string, string>) {
  const plugin = brandsVitePlugin([createFormKeepsAdditionalData]) as any
  plugin.configResolved({ command })
  const output: Record<string, TransformResult> = {}
  for (const [id, code] of Object.entries(files)) output[id] = plugin.transform(code, id)
  const errors: string[] = []
  plugin.buildEnd.call({ error: (message: string) => errors.push(message) })
  return { output, errors }
}

describe(`brandsVitePlugin on @medusajs/dashboard ${dashboardVersion}`, () => {
  it("finds normalizeProductFormValues in exactly one dashboard file, and it does not send additional_data yet", () => {
    const files = dashboardFilesDefiningNormalize()
    expect(files.map(({ file }) => file)).toHaveLength(1)
    expect(files[0].code).not.toContain(KEEP)
  })

  it("makes the create form keep additional_data, on the line that opens the returned object", () => {
    const [{ file, code }] = dashboardFilesDefiningNormalize()
    const { output, errors } = runPlugin("build", { [file]: code })
    expect(errors).toEqual([])
    const rewritten = output[file]!.code
    const body = rewritten.slice(rewritten.indexOf("var normalizeProductFormValues"))
    expect(body.slice(0, body.indexOf("\n};\n"))).toMatch(/\n\s*return \{ additional_data: values\.additional_data,\n/)
    // Only the marker line is added, at the end: every original line keeps its number.
    const original = code.split("\n")
    expect(rewritten.split("\n").slice(0, original.length).filter((line, i) => line !== original[i])).toHaveLength(1)
    expect(rewritten).toContain(`globalThis.${CREATE_FORM_MARKER} = true;`)
  })

  it("leaves code that already keeps additional_data, and every other file, unchanged", () => {
    const [{ file, code }] = dashboardFilesDefiningNormalize()
    const once = runPlugin("serve", { [file]: code }).output[file]!.code
    const { output } = runPlugin("serve", { [file]: once, "other.mjs": "export const x = 1\n" })
    expect(output).toEqual({ [file]: null, "other.mjs": null })
  })

  it("fails with a message naming medusa-brands when the create form is shaped differently", () => {
    const changed = "var normalizeProductFormValues = (values) => {\n  return buildPayload(values);\n};\n"
    expect(() => runPlugin("serve", { "chunk-NEW.mjs": changed })).toThrow(
      /^\[medusa-brands\] @medusajs\/dashboard does not match what brandsVitePlugin expects.*chunk-NEW\.mjs.*remove brandsVitePlugin\(\)/s
    )
  })

  it("fails a build in which the create form was not found, but not the dev server that transforms on request", () => {
    expect(runPlugin("build", { "app.mjs": "export default 1\n" }).errors).toEqual([
      expect.stringMatching(/^\[medusa-brands\] .*the code it changes was not found in the admin bundle/),
    ])
    expect(runPlugin("serve", { "app.mjs": "export default 1\n" }).errors).toEqual([])
  })

  it("fails a real Vite build of the built package (medusa-brands/vite) with that message", () => {
    // Vite is ESM-only, so the build runs in a child Node process; npm test builds the package first.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "brands-vite-"))
    fs.writeFileSync(path.join(root, "entry.mjs"), "export const form = () => 1\n")
    const script = `
      import { build } from "vite"
      import { brandsVitePlugin } from "medusa-brands/vite"
      await build({ root: ${JSON.stringify(root)}, configFile: false, logLevel: "silent", plugins: [brandsVitePlugin()],
        build: { write: false, lib: { entry: "entry.mjs", formats: ["es"] } } })`
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: __dirname, encoding: "utf8" })
    fs.rmSync(root, { recursive: true, force: true })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/\[medusa-brands\] .*not found in the admin bundle/)
  })
})
