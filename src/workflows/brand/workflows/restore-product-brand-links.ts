import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "node:crypto"
import { acquireProductBrandLocksStep } from "../steps/acquire-product-brand-locks"
import { writeProductBrandLinkRowsStep } from "../steps/write-product-brand-link-rows"
import { productBrandLockKeys, ProductBrandLinkRow } from "../utils/product-brand-link-rows"

export type RestoreProductBrandLinksWorkflowInput = {
  product_ids: string[]
  /** The products' link rows as setProductsBrandWorkflow found them (`previous_links`). */
  links: ProductBrandLinkRow[]
}

/**
 * Undoes a completed setProductsBrandWorkflow run exactly, under the same
 * per-product locks. Used by the product hooks' compensation when a workflow
 * fails after its brand work.
 */
export const restoreProductBrandLinksWorkflow = createWorkflow(
  "restore-product-brand-links",
  (input: WorkflowData<RestoreProductBrandLinksWorkflowInput>) => {
    const lock = transform({ input }, ({ input }) => ({
      keys: productBrandLockKeys(input.product_ids),
      ownerId: randomUUID(),
    }))
    acquireProductBrandLocksStep(lock)
    writeProductBrandLinkRowsStep(input)
    releaseLockStep({ key: lock.keys, ownerId: lock.ownerId, executeOnSubWorkflow: true })
    return new WorkflowResponse(input.product_ids)
  }
)
