import { parsePluginOptions } from "../plugin-options"

describe("plugin options", () => {
  it("default to the plugin's product hooks", () => {
    expect(parsePluginOptions(undefined)).toEqual({ productHooks: true })
    expect(parsePluginOptions({})).toEqual({ productHooks: true })
    expect(parsePluginOptions({ productHooks: false })).toEqual({ productHooks: false })
  })

  it("refuse a wrong type or an unknown option with a message naming the plugin and the fix", () => {
    expect(() => parsePluginOptions({ productHooks: "no" })).toThrow(
      "[medusa-brands] Invalid plugin options in medusa-config.ts: productHooks: productHooks must be true or false"
    )
    expect(() => parsePluginOptions({ productHook: false })).toThrow(
      '[medusa-brands] Invalid plugin options in medusa-config.ts: unknown option "productHook" (known: productHooks)'
    )
  })

  it("accept the database settings Medusa itself adds to the options it shares with the brand module", () => {
    expect(parsePluginOptions({ database: { clientUrl: "postgres://x" } }).productHooks).toBe(true)
  })
})
