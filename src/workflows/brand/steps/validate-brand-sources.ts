import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../../../modules/brand"
import BrandModuleService from "../../../modules/brand/service"

export const validateBrandSourcesStepId = "validate-brand-sources"

/** `brand_ids` give their products (and, in a merge, themselves) to `target_id`. */
export type BrandSourcesInput = { target_id: string; brand_ids: string[] }

/**
 * Runs under the brand locks, so what it checks holds until the merge or move ends: the target
 * exists (404), every source brand exists and is not the target (400, naming them).
 */
export const validateBrandSourcesStep = createStep(
  validateBrandSourcesStepId,
  async ({ target_id, brand_ids }: BrandSourcesInput, { container }) => {
    if (!brand_ids.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Name at least one brand to take products from")
    }
    if (brand_ids.includes(target_id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Brand ${target_id} cannot be both the target and a source`)
    }
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const found = await service.listBrands({ id: [target_id, ...brand_ids] }, { select: ["id"] })
    const exists = new Set(found.map((brand) => brand.id))
    if (!exists.has(target_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Brand with id "${target_id}" was not found`)
    }
    const missing = brand_ids.filter((id) => !exists.has(id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Brands with ids ${missing.map((id) => `"${id}"`).join(", ")} were not found or have been deleted`
      )
    }
    return new StepResponse(undefined)
  }
)
