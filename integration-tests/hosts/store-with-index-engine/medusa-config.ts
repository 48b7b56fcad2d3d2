import { defineConfig } from "@medusajs/framework/utils"

// A store that turns on Medusa's index engine: core GET /store/products and /admin/products then
// read products through query.index, and the brand_id filter must work there too.
export default defineConfig({
  projectConfig: {
    http: { jwtSecret: "supersecret", cookieSecret: "supersecret" },
  },
  plugins: [{ resolve: "medusa-brands", options: {} }],
  featureFlags: { index_engine: true },
  modules: [{ resolve: "@medusajs/medusa/index-module" }],
})
