import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireProductBrandLocksStep } from "../steps/acquire-product-brand-locks"
import { moveBrandProductsStep } from "../steps/move-brand-products"
import { validateBrandSourcesStep } from "../steps/validate-brand-sources"
import { brandLocks } from "../utils/brand-locks"

export type MoveBrandProductsWorkflowInput = { from_brand_id: string; to_brand_id: string }

export const moveBrandProductsWorkflowId = "move-brand-products"

/** Moves every product of one brand to another (both stay), all or nothing, under both brands' locks. */
export const moveBrandProductsWorkflow = createWorkflow(
  moveBrandProductsWorkflowId,
  (input: WorkflowData<MoveBrandProductsWorkflowInput>) => {
    const lock = transform({ input }, ({ input }) => brandLocks([input.from_brand_id, input.to_brand_id]))
    acquireProductBrandLocksStep(lock)
    validateBrandSourcesStep(transform({ input }, ({ input }) => ({ target_id: input.to_brand_id, brand_ids: [input.from_brand_id] })))
    const moved = moveBrandProductsStep(transform({ input, lock }, ({ input, lock }) => ({ ...input, lock })))
    releaseLockStep({ key: lock.keys, ownerId: lock.ownerId, executeOnSubWorkflow: true })
    return new WorkflowResponse(moved)
  }
)
