import { defineConfig } from "@medusajs/framework/utils"

// A store with its own product hooks: Medusa allows one handler per hook, so the plugin's are off.
export default defineConfig({
  projectConfig: {
    http: { jwtSecret: "supersecret", cookieSecret: "supersecret" },
  },
  plugins: [{ resolve: "medusa-brands", options: { productHooks: false } }],
})
