import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { BrandEvents } from "../events"
import { acquireProductBrandLocksStep } from "../steps/acquire-product-brand-locks"
import { mergeBrandsIntoTargetStep, MergeBrandsIntoTargetResult } from "../steps/merge-brands-into-target"
import { validateBrandSourcesStep } from "../steps/validate-brand-sources"
import { brandLocks } from "../utils/brand-locks"

export type MergeBrandsWorkflowInput = {
  /** The brand that stays. */
  target_id: string
  /** The brands merged into it: their products move to it, they are soft-deleted and their handles become its aliases. */
  brand_ids: string[]
}

export type MergeBrandsWorkflowOutput = MergeBrandsIntoTargetResult

export const mergeBrandsWorkflowId = "merge-brands"

/**
 * Merges brands into a target, all or nothing, under locks on every brand involved: two merges
 * that share a brand run one after the other, and the second finds its brands changed (4xx).
 * Emits brand.merged (one admin feed entry).
 */
export const mergeBrandsWorkflow = createWorkflow(
  mergeBrandsWorkflowId,
  (input: WorkflowData<MergeBrandsWorkflowInput>) => {
    const normalized = transform({ input }, ({ input }) => ({
      target_id: input.target_id,
      brand_ids: [...new Set(input.brand_ids)],
    }))
    const lock = transform({ normalized }, ({ normalized }) => brandLocks([normalized.target_id, ...normalized.brand_ids]))
    acquireProductBrandLocksStep(lock)

    validateBrandSourcesStep(normalized)
    const merged = mergeBrandsIntoTargetStep(
      transform({ normalized, lock }, ({ normalized, lock }) => ({ ...normalized, lock }))
    )

    const brandsMerged = createHook("brandsMerged", { target_id: normalized.target_id, ...merged })

    emitEventStep({
      eventName: BrandEvents.MERGED,
      data: transform({ normalized, merged }, ({ normalized, merged }) => ({ id: normalized.target_id, ...merged })),
    })

    releaseLockStep({ key: lock.keys, ownerId: lock.ownerId, executeOnSubWorkflow: true })

    return new WorkflowResponse(merged, { hooks: [brandsMerged] })
  }
)
