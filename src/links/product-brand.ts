import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BrandModule from "../modules/brand"

/** The link table; named explicitly because the brand-products pages query it directly. */
export const PRODUCT_BRAND_TABLE = "product_brand"

/** Each brand's number of live links, kept by triggers on the link table (migration script medusa-brands-brand-product-count). */
export const BRAND_PRODUCT_COUNT_TABLE = "brand_product_count"

/**
 * Brand fields that Medusa's index engine (MEDUSA_FF_INDEX_ENGINE) stores with each product, so
 * `query.index` can filter products by brand (core GET /store/products and /admin/products do
 * with `brand_id`). Without the index engine this has no effect.
 */
export const PRODUCT_BRAND_FILTERABLE_FIELDS = ["id", "name", "handle", "is_active"]

/** A product has at most one brand; a brand has many products. */
export default defineLink(
  {
    linkable: ProductModule.linkable.product,
    isList: true,
  },
  { linkable: BrandModule.linkable.brand, filterable: PRODUCT_BRAND_FILTERABLE_FIELDS },
  { database: { table: PRODUCT_BRAND_TABLE } }
)
