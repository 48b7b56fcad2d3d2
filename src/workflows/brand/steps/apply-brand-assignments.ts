import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { setProductsBrandWorkflow } from "../workflows/set-products-brand"
import { MOVE_BATCH_SIZE, undoProductMoves } from "../utils/move-brand-products"
import { ProductsBrandUndo } from "../utils/product-hook-brand-change"

export const applyBrandAssignmentsStepId = "apply-brand-assignments"

/** Products per brand; `brand_id` null clears their brand. */
export type BrandAssignments = { brand_id: string | null; product_ids: string[] }[]

/**
 * Gives products their brands, one setProductsBrandWorkflow run per brand and batch of products.
 * All or nothing: when a batch fails, and in compensation, the batches done are undone exactly.
 */
export const applyBrandAssignmentsStep = createStep(
  applyBrandAssignmentsStepId,
  async (assignments: BrandAssignments, { container }) => {
    const undo: ProductsBrandUndo[] = []
    let changed = 0
    try {
      for (const { brand_id, product_ids } of assignments) {
        for (let start = 0; start < product_ids.length; start += MOVE_BATCH_SIZE) {
          const batch = product_ids.slice(start, start + MOVE_BATCH_SIZE)
          const { result } = await setProductsBrandWorkflow(container).run({ input: { brand_id, product_ids: batch } })
          undo.push({ product_ids: result.product_ids, links: result.previous_links })
          changed += batch.length
        }
      }
    } catch (error) {
      await undoProductMoves(container, undo)
      throw error
    }
    return new StepResponse({ product_count: changed }, undo)
  },
  async (undo, { container }) => {
    if (undo) await undoProductMoves(container, undo)
  }
)
