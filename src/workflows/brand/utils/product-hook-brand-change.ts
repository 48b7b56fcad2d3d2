import { MedusaContainer } from "@medusajs/framework/types"
import { restoreProductBrandLinksWorkflow, RestoreProductBrandLinksWorkflowInput } from "../workflows/restore-product-brand-links"
import { setProductsBrandWorkflow } from "../workflows/set-products-brand"

/** What undoes one brand change made from a product hook: the products' link rows from before. */
export type ProductsBrandUndo = RestoreProductBrandLinksWorkflowInput

export type ProductHookInput = {
  products: { id: string }[]
  additional_data?: Record<string, unknown> | null
}

/**
 * What core's product hooks do with `additional_data.brand_id`, for the plugin's own handlers and
 * for a store that composes them into its own `productsCreated` / `productsUpdated` handler.
 *
 * - `on: "create"`: a brand id links every product to that brand; absent or null does nothing.
 * - `on: "update"`: a brand id moves the products to that brand, null clears their brand, and
 *   absent leaves it alone (the core edit forms send no `additional_data`).
 *
 * The change goes through setProductsBrandWorkflow. Returns what `undoProductsBrandFromAdditionalData`
 * needs to put the products' links back exactly, or undefined when nothing was changed.
 */
export async function setProductsBrandFromAdditionalData(
  container: MedusaContainer,
  { products, additional_data }: ProductHookInput,
  { on }: { on: "create" | "update" }
): Promise<ProductsBrandUndo | undefined> {
  const brandId = additional_data?.brand_id as string | null | undefined
  if (brandId === undefined || (on === "create" && brandId === null)) return undefined
  const { result } = await setProductsBrandWorkflow(container).run({
    input: { brand_id: brandId, product_ids: products.map((product) => product.id) },
  })
  return { product_ids: result.product_ids, links: result.previous_links }
}

/** The compensation of `setProductsBrandFromAdditionalData`: the products' link rows exactly as before. */
export async function undoProductsBrandFromAdditionalData(container: MedusaContainer, undo: ProductsBrandUndo | undefined) {
  if (undo) await restoreProductBrandLinksWorkflow(container).run({ input: undo })
}
