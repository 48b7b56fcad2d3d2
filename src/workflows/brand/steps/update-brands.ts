import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import BrandModuleService from "../../../modules/brand/service"
import { BrandDTO, UpdateBrandDTO } from "../../../modules/brand/types"

export const updateBrandsStepId = "update-brands"

/** Updates brands; compensation writes back the previous values of the changed fields. */
export const updateBrandsStep = createStep(
  updateBrandsStepId,
  async (updates: UpdateBrandDTO[], { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const changedFields = [...new Set(updates.flatMap((update) => Object.keys(update)))]
    const previous: BrandDTO[] = await service.listBrands(
      { id: updates.map((update) => update.id) },
      { select: changedFields as (keyof BrandDTO)[] }
    )
    const updated: BrandDTO[] = await service.updateBrands(updates)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    await service.updateBrands(previous as UpdateBrandDTO[])
  }
)
