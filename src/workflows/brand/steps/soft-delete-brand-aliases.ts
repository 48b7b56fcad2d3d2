import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import BrandModuleService from "../../../modules/brand/service"

export const softDeleteBrandAliasesStepId = "soft-delete-brand-aliases"

/** Frees the aliases of deleted brands (their handles can be taken again); compensation restores exactly those. */
export const softDeleteBrandAliasesStep = createStep(
  softDeleteBrandAliasesStepId,
  async (brandIds: string[], { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const aliases = await service.listBrandAliases({ brand_id: brandIds }, { select: ["id"] })
    const ids = aliases.map((alias) => alias.id)
    if (ids.length) await service.softDeleteBrandAliases(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    await service.restoreBrandAliases(ids)
  }
)
