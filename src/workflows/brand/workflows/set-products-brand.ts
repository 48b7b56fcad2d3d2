import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "node:crypto"
import { acquireProductBrandLocksStep } from "../steps/acquire-product-brand-locks"
import { ProductBrandChangeResult, replaceProductBrandLinksStep } from "../steps/replace-product-brand-links"
import { productBrandLockKeys } from "../utils/product-brand-link-rows"

export type SetProductsBrandWorkflowInput = {
  /** The brand to move `product_ids` to; null unlinks them from any brand. */
  brand_id: string | null
  product_ids: string[]
  /** Products to unlink, but only where they currently belong to `brand_id`. */
  remove_product_ids?: string[]
}

export type SetProductsBrandWorkflowOutput = ProductBrandChangeResult

function normalizeInput(input: SetProductsBrandWorkflowInput) {
  const moved = [...new Set(input.product_ids)]
  const removed = [...new Set(input.remove_product_ids ?? [])]
  if (removed.length && input.brand_id === null) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "remove_product_ids requires a brand_id")
  }
  const overlap = moved.filter((id) => removed.includes(id))
  if (overlap.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Products cannot be added and removed at once: ${overlap.join(", ")}`
    )
  }
  return {
    change: { brand_id: input.brand_id, moved, removed },
    lock: { keys: productBrandLockKeys([...moved, ...removed]), ownerId: randomUUID() },
  }
}

export const setProductsBrandWorkflowId = "set-products-brand"

/**
 * The one place that links products to brands. Moves `product_ids` to
 * `brand_id` (dismissing their previous brand first) or unlinks them when it is
 * null, and unlinks `remove_product_ids` from `brand_id`. Other links of the
 * products are never touched.
 *
 * Under per-product locks, the products and the brand are validated before
 * anything is written (400), the links replaced, and the brand checked again,
 * so a brand deleted concurrently can never keep a link. Products without a
 * brand (new ones, above all) take a shortcut that does all of this in one
 * statement. A failure at any point, including in a `productBrandsSet` hook
 * handler, puts the products' link rows back exactly as they were.
 */
export const setProductsBrandWorkflow = createWorkflow(
  setProductsBrandWorkflowId,
  (input: WorkflowData<SetProductsBrandWorkflowInput>) => {
    const { change, lock } = transform({ input }, ({ input }) => normalizeInput(input))

    acquireProductBrandLocksStep(lock)
    const result = replaceProductBrandLinksStep(change)

    const productBrandsSet = createHook("productBrandsSet", result)

    releaseLockStep({ key: lock.keys, ownerId: lock.ownerId, executeOnSubWorkflow: true })

    return new WorkflowResponse(result, { hooks: [productBrandsSet] })
  }
)
