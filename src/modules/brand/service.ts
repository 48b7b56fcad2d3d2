import { Context } from "@medusajs/framework/types"
import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import Brand from "./models/brand"
import { assertValidBrandFields, handleFromName } from "./rules"
import { BrandDTO, CreateBrandDTO, UpdateBrandDTO } from "./types"

function withHandle(input: CreateBrandDTO): CreateBrandDTO & { handle: string } {
  const handle = input.handle ?? handleFromName(input.name ?? "")
  if (!handle) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Cannot derive a handle from the brand name "${input.name}"; provide a handle`
    )
  }
  const brand = { ...input, handle }
  assertValidBrandFields(brand)
  return brand
}

/**
 * Brand data module. Creating and updating go through the brand rules, and a
 * missing handle is derived from the name.
 */
export default class BrandModuleService extends MedusaService({ Brand }) {
  // @ts-expect-error The generated signatures are narrowed to the brand DTOs.
  createBrands(data: CreateBrandDTO[], sharedContext?: Context): Promise<BrandDTO[]>
  createBrands(data: CreateBrandDTO, sharedContext?: Context): Promise<BrandDTO>
  async createBrands(data: CreateBrandDTO | CreateBrandDTO[], sharedContext?: Context) {
    const input = Array.isArray(data) ? data : [data]
    const created = await super.createBrands(input.map(withHandle), sharedContext)
    return Array.isArray(data) ? created : created[0]
  }

  // @ts-expect-error The generated signatures are narrowed to the brand DTOs.
  updateBrands(data: UpdateBrandDTO[], sharedContext?: Context): Promise<BrandDTO[]>
  updateBrands(data: UpdateBrandDTO, sharedContext?: Context): Promise<BrandDTO>
  async updateBrands(data: UpdateBrandDTO | UpdateBrandDTO[], sharedContext?: Context) {
    const input = Array.isArray(data) ? data : [data]
    input.forEach(assertValidBrandFields)
    const updated = await super.updateBrands(input, sharedContext)
    return Array.isArray(data) ? updated : updated[0]
  }
}
