import path from "node:path"

/** The demo store: the host the plugin is loaded into for the HTTP tests, as any store loads it. */
export const DEMO_STORE_DIR = path.resolve(__dirname, "..", "..", "demo")

/** A store with its own `additional_data` key (erp_id) and its own product hooks, composed with the plugin's. */
export const STORE_WITH_OWN_PRODUCT_HOOKS_DIR = path.resolve(__dirname, "..", "hosts", "store-with-own-product-hooks")

/** A store with Medusa's index engine on (feature flag and index module): product lists go through query.index. */
export const STORE_WITH_INDEX_ENGINE_DIR = path.resolve(__dirname, "..", "hosts", "store-with-index-engine")
