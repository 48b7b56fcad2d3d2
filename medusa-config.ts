import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/** DATABASE_URL wins; otherwise the DB_* variables (as the test runner uses them) form the URL. */
function databaseUrl(): string | undefined {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL
  const { DB_HOST, DB_PORT = "5432", DB_USERNAME = "postgres", DB_PASSWORD = "", DB_NAME = "medusa_brands" } = process.env
  if (!DB_HOST) return undefined
  const auth = DB_PASSWORD ? `${encodeURIComponent(DB_USERNAME)}:${encodeURIComponent(DB_PASSWORD)}` : encodeURIComponent(DB_USERNAME)
  return `postgres://${auth}@${DB_HOST}:${DB_PORT}/${DB_NAME}`
}

const devOrigins = "http://localhost:8000,http://localhost:9000,http://localhost:5173"

export default defineConfig({
  projectConfig: {
    databaseUrl: databaseUrl(),
    http: {
      storeCors: process.env.STORE_CORS || devOrigins,
      adminCors: process.env.ADMIN_CORS || devOrigins,
      authCors: process.env.AUTH_CORS || devOrigins,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
    // Only for local production builds served over plain http (browser tests).
    ...(process.env.INSECURE_COOKIES === "true" ? { cookieOptions: { secure: false } } : {}),
  },
  modules: [{ resolve: "./src/modules/brand" }],
})
