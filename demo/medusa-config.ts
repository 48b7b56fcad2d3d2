import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { brandsVitePlugin } from "medusa-brands/vite"

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

type WorkerMode = "shared" | "worker" | "server"
const WORKER_MODES: WorkerMode[] = ["shared", "worker", "server"]

/** MEDUSA_WORKER_MODE: `server` (HTTP only), `worker` (subscribers, jobs, workflow retries) or `shared` (both, the default). */
function workerMode(): WorkerMode {
  const mode = (process.env.MEDUSA_WORKER_MODE || "shared") as WorkerMode
  if (!WORKER_MODES.includes(mode)) {
    throw new Error(`MEDUSA_WORKER_MODE must be one of ${WORKER_MODES.join(", ")}, got "${mode}"`)
  }
  return mode
}

/**
 * With REDIS_URL, several Medusa instances share one Redis: sessions, events
 * (handled once, by the worker), workflow executions, cache and locks. Without
 * it, Medusa's in-process defaults serve a single instance.
 */
const redisUrl = process.env.REDIS_URL || undefined
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }],
        },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }],
        },
      },
    ]
  : []

/** Where uploads are served from: Medusa's local file provider writes to static/, served at /static on this port. */
const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`
const fileModule = {
  resolve: "@medusajs/medusa/file",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/file-local", id: "local", options: { backend_url: `${backendUrl}/static` } },
    ],
  },
}

export default defineConfig({
  projectConfig: {
    databaseUrl: databaseUrl(),
    redisUrl,
    workerMode: workerMode(),
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
  // The two lines a store adds to use Medusa Brands (README: "Install in your store").
  plugins: [{ resolve: "medusa-brands", options: {} }],
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true" || workerMode() === "worker",
    vite: () => ({ plugins: [brandsVitePlugin()] }),
  },
  featureFlags: {
    // Core caching is behind a feature flag; it is on with Redis (MEDUSA_FF_CACHING=false turns it off).
    ...(redisUrl ? { caching: true } : {}),
    // Medusa's configurable lists (WIP in 2.21): the Products list gets a Brand column and filter.
    // MEDUSA_FF_VIEW_CONFIGURATIONS=false turns it off.
    view_configurations: true,
  },
  modules: [
    fileModule,
    ...redisModules,
    {
      resolve: "@medusajs/medusa/settings",
      options: {
        entityOverrides: {
          // Core's default Products columns (the override replaces them, it does not add to them) plus the brand.
          Product: {
            defaultVisibleFields: ["product_display", "collection.title", "brand.name", "sales_channels_display", "variants_count", "status"],
            defaultFieldOrdering: {
              product_display: 100,
              "collection.title": 200,
              "brand.name": 250,
              sales_channels_display: 300,
              variants_count: 400,
              status: 500,
            },
          },
        },
      },
    },
  ],
})
