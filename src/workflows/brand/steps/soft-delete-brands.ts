import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import BrandModuleService from "../../../modules/brand/service"

export const softDeleteBrandsStepId = "soft-delete-brands"

export const softDeleteBrandsStep = createStep(
  softDeleteBrandsStepId,
  async (ids: string[], { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    await service.softDeleteBrands(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    await service.restoreBrands(ids)
  }
)
