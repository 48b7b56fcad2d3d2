import { listProductQueryConfig } from "@medusajs/medusa/api/store/products/query-config"

/** Storefronts only see active brands; an inactive or deleted one is a 404 (and has no products in `brand_id`). */
export const STORE_BRAND_FILTERS = { is_active: true }

/** What a storefront sees of a brand; `is_active`, timestamps and deletion stay internal. */
export const defaultStoreBrandFields = [
  "id",
  "name",
  "handle",
  "description",
  "logo_url",
  "banner_url",
  "seo_title",
  "seo_description",
  "is_featured",
  "rank",
]

/** Like core's product and collection `metadata`, brand metadata is public but only on request. */
export const allowedStoreBrandFields = [...defaultStoreBrandFields, "metadata"]

export const retrieveStoreBrandQueryConfig = {
  defaults: defaultStoreBrandFields,
  allowed: allowedStoreBrandFields,
  isList: false,
}

export const listStoreBrandsQueryConfig = {
  ...retrieveStoreBrandQueryConfig,
  defaultLimit: 20,
  isList: true,
}

/** The brand fields a product may carry in store responses (`fields=+brand.*`). */
export const storeProductBrandFields = allowedStoreBrandFields.map((field) => `brand.${field}`)

/** Core's /store/products defaults, allowed fields and relation limit (the brand's public fields are added like there). */
export const listStoreBrandProductsQueryConfig = {
  ...listProductQueryConfig,
  defaultLimit: 20,
}
