import { configManager } from "@medusajs/framework/config"
import { z } from "@medusajs/framework/zod"

export const PLUGIN_NAME = "medusa-brands"

const PluginOptions = z
  .object({
    /**
     * Register the plugin's handlers on core's `productsCreated` and `productsUpdated` hooks
     * (default). Medusa allows one handler per hook: a store with its own handler sets this to
     * false and calls `setProductsBrandFromAdditionalData` from it (README: "Your own product hooks").
     */
    productHooks: z.boolean({ error: "productHooks must be true or false" }).default(true),
    /** Not ours: Medusa adds it to the options object it shares with the plugin's brand module. */
    database: z.unknown().optional(),
  })
  .strict()

export type BrandsPluginOptions = z.infer<typeof PluginOptions>

type PluginEntry = string | { resolve: string; options?: Record<string, unknown> }

/** Validates the options a store gives the plugin; throws a message that says what to fix. */
export function parsePluginOptions(options: unknown): BrandsPluginOptions {
  const result = PluginOptions.safeParse(options ?? {})
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) =>
    issue.code === "unrecognized_keys"
      ? `unknown option ${issue.keys.map((key) => `"${key}"`).join(", ")} (known: productHooks)`
      : `${issue.path.join(".") || "options"}: ${issue.message}`
  )
  throw new Error(`[${PLUGIN_NAME}] Invalid plugin options in medusa-config.ts: ${problems.join("; ")}`)
}

/** The plugin's validated options from the loaded medusa-config (defaults when it is not loaded). */
export function brandsPluginOptions(): BrandsPluginOptions {
  let plugins: PluginEntry[] = []
  try {
    plugins = (configManager.config.plugins ?? []) as PluginEntry[]
  } catch {
    // No config loaded (a script or test that imports the workflows directly): defaults.
  }
  const entry = plugins.find((plugin) => (typeof plugin === "string" ? plugin : plugin.resolve) === PLUGIN_NAME)
  return parsePluginOptions(typeof entry === "object" ? entry.options : undefined)
}
