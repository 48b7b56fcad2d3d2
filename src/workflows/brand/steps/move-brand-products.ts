import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BrandLocks, renewBrandLocks } from "../utils/brand-locks"
import { moveProductsOfBrands, undoProductMoves } from "../utils/move-brand-products"
import { ProductsBrandUndo } from "../utils/product-hook-brand-change"

export const moveBrandProductsStepId = "move-brand-products"

export type MoveBrandProductsInput = { from_brand_id: string; to_brand_id: string; lock: BrandLocks }

/**
 * Moves every product of one brand to another, in batches through setProductsBrandWorkflow, under
 * both brands' locks. A failure, and compensation, put every moved product's links back exactly.
 */
export const moveBrandProductsStep = createStep(
  moveBrandProductsStepId,
  async ({ from_brand_id, to_brand_id, lock }: MoveBrandProductsInput, { container }) => {
    const undo: ProductsBrandUndo[] = []
    try {
      const moved = await moveProductsOfBrands(container, {
        from: [from_brand_id],
        to: to_brand_id,
        undo,
        afterBatch: () => renewBrandLocks(container, lock),
      })
      return new StepResponse({ product_count: moved }, undo)
    } catch (error) {
      await undoProductMoves(container, undo)
      throw error
    }
  },
  async (undo, { container }) => {
    if (undo) await undoProductMoves(container, undo)
  }
)
