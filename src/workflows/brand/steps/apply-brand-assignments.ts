import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { setProductsBrandWorkflow } from "../workflows/set-products-brand"
import { MOVE_BATCH_SIZE, undoProductMoves } from "../utils/move-brand-products"
import { ProductsBrandUndo } from "../utils/product-hook-brand-change"

export const applyBrandAssignmentsStepId = "apply-brand-assignments"

/** Products per brand; `brand_id` null clears their brand. A product appears at most once. */
export type BrandAssignments = { brand_id: string | null; product_ids: string[] }[]

/** setProductsBrandWorkflow runs at once: the batches touch different products, so they never wait on each other's locks. */
export const CONCURRENT_ASSIGNMENT_BATCHES = 4

/**
 * Gives products their brands, one setProductsBrandWorkflow run per brand and batch of up to 500
 * products, four at a time. All or nothing: when a batch fails, the others are let finish and every
 * batch done is undone exactly; compensation does the same.
 */
export const applyBrandAssignmentsStep = createStep(
  applyBrandAssignmentsStepId,
  async (assignments: BrandAssignments, { container }) => {
    const batches = assignments.flatMap(({ brand_id, product_ids }) =>
      Array.from({ length: Math.ceil(product_ids.length / MOVE_BATCH_SIZE) }, (_, i) => ({
        brand_id,
        product_ids: product_ids.slice(i * MOVE_BATCH_SIZE, (i + 1) * MOVE_BATCH_SIZE),
      }))
    )
    const undo: ProductsBrandUndo[] = []
    let failure: unknown
    let next = 0
    const work = async () => {
      while (failure === undefined && next < batches.length) {
        const batch = batches[next++]
        try {
          const { result } = await setProductsBrandWorkflow(container).run({ input: batch })
          undo.push({ product_ids: result.product_ids, links: result.previous_links })
        } catch (error) {
          failure ??= error
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_ASSIGNMENT_BATCHES, batches.length) }, work))
    if (failure !== undefined) {
      await undoProductMoves(container, undo)
      throw failure
    }
    const changed = batches.reduce((sum, batch) => sum + batch.product_ids.length, 0)
    return new StepResponse({ product_count: changed }, undo)
  },
  async (undo, { container }) => {
    if (undo) await undoProductMoves(container, undo)
  }
)
