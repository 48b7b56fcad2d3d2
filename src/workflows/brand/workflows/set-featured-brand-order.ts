import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BrandEvents } from "../events"
import { setFeaturedBrandOrderStep } from "../steps/set-featured-brand-order"

export type SetFeaturedBrandOrderWorkflowInput = {
  /** Every featured brand, once, in the new order. */
  brand_ids: string[]
}

/**
 * Orders the featured brands (ranks 0, 1, 2, ...) in one transaction, under a lock that every
 * rank change of featured brands takes; a list that is not exactly the featured brands is a 409.
 * Emits brand.updated for each brand whose rank changed.
 */
export const setFeaturedBrandOrderWorkflow = createWorkflow(
  "set-featured-brand-order",
  (input: WorkflowData<SetFeaturedBrandOrderWorkflowInput>) => {
    const changes = setFeaturedBrandOrderStep(input.brand_ids)

    emitEventStep({
      eventName: BrandEvents.UPDATED,
      data: transform({ changes }, ({ changes }) => changes.map(({ id }) => ({ id }))),
    })

    return new WorkflowResponse(changes)
  }
)
