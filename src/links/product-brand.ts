import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BrandModule from "../modules/brand"

/** The link table; named explicitly because the brand-products pages query it directly. */
export const PRODUCT_BRAND_TABLE = "product_brand"

/** Each brand's number of live links, kept by triggers on the link table (migration script medusa-brands-brand-product-count). */
export const BRAND_PRODUCT_COUNT_TABLE = "brand_product_count"

/** A product has at most one brand; a brand has many products. */
export default defineLink(
  {
    linkable: ProductModule.linkable.product,
    isList: true,
  },
  BrandModule.linkable.brand,
  { database: { table: PRODUCT_BRAND_TABLE } }
)
