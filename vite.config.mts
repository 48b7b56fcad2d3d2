import type { Plugin } from "vite"

/*
 * Read by the Vite build inside `medusa plugin:build` (admin-bundler passes no `configFile: false`).
 *
 * In 2.21.2 the plugin build's generated entry (src/admin/__admin-extensions__.js) imports each
 * custom-fields file once for the forms and once for the displays, under the same name, so any
 * plugin with custom fields fails with 'Identifier "CustomFieldConfig0" has already been
 * declared'. Dropping the repeated import lines fixes the entry; nothing else changes.
 */
function dedupeAdminExtensionImports(): Plugin {
  return {
    name: "medusa-brands:dedupe-admin-extension-imports",
    enforce: "pre",
    transform(code, id) {
      if (!id.endsWith("__admin-extensions__.js")) return null
      const seen = new Set<string>()
      const lines = code.split("\n").filter((line) => {
        const statement = line.trim()
        if (!/^import \w+ from "[^"]+";?$/.test(statement)) return true
        if (seen.has(statement)) return false
        seen.add(statement)
        return true
      })
      return { code: lines.join("\n"), map: null }
    },
  }
}

export default { plugins: [dedupeAdminExtensionImports()] }
