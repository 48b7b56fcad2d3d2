import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import BrandModuleService from "../../../modules/brand/service"
import { FeaturedRankChange } from "../../../modules/brand/types"

export const setFeaturedBrandOrderStepId = "set-featured-brand-order"

/** Ranks the featured brands in the given order; compensation puts the previous ranks back. */
export const setFeaturedBrandOrderStep = createStep(
  setFeaturedBrandOrderStepId,
  async (brandIds: string[], { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const changes: FeaturedRankChange[] = await service.setFeaturedOrder(brandIds)
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => {
    if (!changes?.length) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    await service.updateBrands(changes.map(({ id, previous_rank }) => ({ id, rank: previous_rank })))
  }
)
