import { MedusaContainer } from "@medusajs/framework/types"
import { refetchBrand } from "../../utils/brands"

/** Storefronts only see active brands; an inactive or deleted one is a 404. */
export const STORE_BRAND_FILTERS = { is_active: true }

export const refetchStoreBrand = (container: MedusaContainer, id: string, fields: string[]) =>
  refetchBrand(container, id, fields, STORE_BRAND_FILTERS)
