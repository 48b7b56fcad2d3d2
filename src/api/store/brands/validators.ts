import { z } from "@medusajs/framework/zod"
import { listParams, oneOrMany, queryBoolean, searchParam } from "../../utils/validators"

export const STORE_BRAND_ORDER_FIELDS = ["name", "handle", "rank", "created_at", "updated_at"] as const
/** Orders that both core /store/products allows and the brand product paging supports. */
export const STORE_BRAND_PRODUCT_ORDER_FIELDS = ["title", "handle", "created_at", "updated_at"] as const

export const StoreGetBrandParams = z.object({ fields: z.string().max(2000).optional() }).strict()
export type StoreGetBrandParamsType = z.infer<typeof StoreGetBrandParams>

export const StoreGetBrandsParams = listParams(STORE_BRAND_ORDER_FIELDS)
  .extend({
    q: searchParam.optional(),
    handle: oneOrMany(z.string().min(1)).optional(),
    // Only `true` (brands a shopper can buy from); leave it out to list every active brand.
    has_products: z.enum(["true"]).optional(),
    is_featured: queryBoolean("is_featured").optional(),
  })
  .strict()
export type StoreGetBrandsParamsType = z.infer<typeof StoreGetBrandsParams>

/** Paging and fields, plus the pricing and tax context that core /store/products accepts. */
export const StoreGetBrandProductsParams = listParams(STORE_BRAND_PRODUCT_ORDER_FIELDS)
  .extend({
    region_id: z.string().min(1).optional(),
    country_code: z.string().min(1).optional(),
    province: z.string().min(1).optional(),
    cart_id: z.string().min(1).optional(),
  })
  .strict()
export type StoreGetBrandProductsParamsType = z.infer<typeof StoreGetBrandProductsParams>
