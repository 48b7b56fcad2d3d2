import { defineConfig } from "@medusajs/framework/utils"

/*
 * The store Medusa's "Extend Create Product Flow" tutorial builds, on the plugin's tables: the
 * brand module and the product ↔ brand link of medusa-brands, but none of its routes,
 * middlewares or hooks. `npm run bench` starts it on the bench database to measure B2a (what
 * the plugin's guarantees cost over the tutorial's hook).
 */
export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:9000",
    },
  },
  admin: { disable: true },
  modules: [{ resolve: "medusa-brands/modules/brand" }],
})
