import path from "node:path"

/** The demo store: the host the plugin is loaded into for the HTTP tests, as any store loads it. */
export const DEMO_STORE_DIR = path.resolve(__dirname, "..", "..", "demo")
