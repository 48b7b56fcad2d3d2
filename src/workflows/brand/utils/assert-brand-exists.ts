import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../../../modules/brand"
import BrandModuleService from "../../../modules/brand/service"

/** Throws a 400 naming the brand when it does not exist or was deleted. */
export async function assertBrandExists(container: MedusaContainer, brandId: string) {
  const service: BrandModuleService = container.resolve(BRAND_MODULE)
  const [brand] = await service.listBrands({ id: brandId }, { select: ["id"] })
  if (!brand) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Brand with id "${brandId}" does not exist or has been deleted`
    )
  }
}
