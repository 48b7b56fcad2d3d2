// Chooses the database for a command: the server named by DATABASE_URL or the
// DB_* variables when set, otherwise an embedded Postgres that this process owns.
import path from "node:path"
import { fileURLToPath } from "node:url"
import {
  externalDatabaseConfigured,
  persistentDataDir,
  startEmbeddedPostgres,
  throwawayDataDir,
} from "./embedded-postgres.mjs"
import { freePort } from "./processes.mjs"

/** The plugin package (repository root). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
/** The demo store that installs the plugin as the README tells a store to. */
export const demoDir = path.join(projectRoot, "demo")
export const DEV_DATABASE = "medusa_brands"
const DEV_PORT = Number(process.env.EMBEDDED_PG_PORT || 54320)

const noop = async () => {}

/**
 * A persistent database: by default the dev cluster in `.data/postgres` on
 * EMBEDDED_PG_PORT (54320), database `medusa_brands`; EMBEDDED_PG_DATA_DIR
 * moves the cluster elsewhere. Other tools (benchmarks)
 * pass their own cluster name and port so they never share the dev data.
 * Returns { env, stop, description }, where env holds DATABASE_URL for Medusa.
 */
export async function devDatabase({ cluster = "postgres", port = DEV_PORT, database = DEV_DATABASE, log = console.log } = {}) {
  if (externalDatabaseConfigured()) {
    return { env: {}, stop: noop, description: "the database from DATABASE_URL / DB_*" }
  }
  const dataDir = process.env.EMBEDDED_PG_DATA_DIR || persistentDataDir(projectRoot, cluster)
  const pg = await startEmbeddedPostgres({ dataDir, port, log })
  await pg.createDatabase(database)
  return {
    pg,
    env: { DATABASE_URL: pg.url(database) },
    stop: pg.stop,
    description: `embedded Postgres on localhost:${pg.port} (data in ${dataDir})`,
  }
}

/**
 * Test database server: a throwaway cluster on a free port, deleted on stop.
 * Returns the DB_* variables that @medusajs/test-utils reads.
 */
export async function testDatabase({ log = () => {}, label = "test" } = {}) {
  if (externalDatabaseConfigured()) {
    return { env: {}, stop: noop, description: "the database server from DATABASE_URL / DB_*" }
  }
  const pg = await startEmbeddedPostgres({
    dataDir: throwawayDataDir(label),
    port: await freePort(),
    throwaway: true,
    log,
  })
  return {
    pg,
    // test-utils enables SSL for any host but "localhost".
    env: { DB_HOST: "localhost", DB_PORT: String(pg.port), DB_USERNAME: pg.user, DB_PASSWORD: pg.password },
    stop: pg.stop,
    description: `throwaway embedded Postgres on localhost:${pg.port}`,
  }
}
