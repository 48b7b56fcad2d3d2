import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaContainer } from "@medusajs/framework/types"
import { BRAND_MODULE } from "../../../modules/brand"
import BrandModuleService from "../../../modules/brand/service"
import { RetiredBrands } from "../../../modules/brand/types"
import { BrandLocks, renewBrandLocks } from "../utils/brand-locks"
import { moveProductsOfBrands, undoProductMoves } from "../utils/move-brand-products"
import { ProductsBrandUndo } from "../utils/product-hook-brand-change"

export const mergeBrandsIntoTargetStepId = "merge-brands-into-target"

export type MergeBrandsIntoTargetInput = { target_id: string; brand_ids: string[]; lock: BrandLocks }
export type MergeBrandsIntoTargetResult = { brand_ids: string[]; product_count: number }
type MergeUndo = { retired?: RetiredBrands; moves: ProductsBrandUndo[] }

/** The brands come back first, so the restored links point at live brands again (see writeProductBrandLinkRows). */
async function undoMerge(container: MedusaContainer, { retired, moves }: MergeUndo) {
  if (retired) await (container.resolve(BRAND_MODULE) as BrandModuleService).restoreRetiredBrands(retired)
  await undoProductMoves(container, moves)
}

/**
 * Runs under the brands' locks. First retires the merged brands in one transaction (soft-deleted,
 * their handles and aliases now aliases of the target): from then on a product created or moved
 * into one of them fails with a 400, since setProductsBrandWorkflow checks the brand after writing.
 * Then moves their products to the target in batches through setProductsBrandWorkflow, renewing
 * the locks after each batch. A failure at any point, and compensation, undo exactly what was done.
 */
export const mergeBrandsIntoTargetStep = createStep(
  mergeBrandsIntoTargetStepId,
  async ({ target_id, brand_ids, lock }: MergeBrandsIntoTargetInput, { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const undo: MergeUndo = { moves: [] }
    try {
      undo.retired = await service.retireBrandsIntoAliases(brand_ids, target_id)
      const moved = await moveProductsOfBrands(container, {
        from: brand_ids,
        to: target_id,
        undo: undo.moves,
        afterBatch: () => renewBrandLocks(container, lock),
      })
      return new StepResponse<MergeBrandsIntoTargetResult, MergeUndo>({ brand_ids, product_count: moved }, undo)
    } catch (error) {
      await undoMerge(container, undo)
      throw error
    }
  },
  async (undo, { container }) => {
    if (undo) await undoMerge(container, undo)
  }
)
