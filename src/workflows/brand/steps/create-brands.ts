import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import BrandModuleService from "../../../modules/brand/service"
import { BrandDTO, CreateBrandDTO } from "../../../modules/brand/types"

export const createBrandsStepId = "create-brands"

export const createBrandsStep = createStep(
  createBrandsStepId,
  async (brands: CreateBrandDTO[], { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const created: BrandDTO[] = await service.createBrands(brands)
    return new StepResponse(
      created,
      created.map((brand) => brand.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    await service.deleteBrands(createdIds)
  }
)
