import { PRODUCT_COUNT_FIELD } from "../../utils/brands"

export const defaultAdminBrandFields = [
  "id",
  "name",
  "handle",
  "description",
  "logo_url",
  "banner_url",
  "seo_title",
  "seo_description",
  "is_active",
  "is_featured",
  "rank",
  "metadata",
  "created_at",
  "updated_at",
]


/** The handles of brands merged into this one, which its handle filter also finds. */
export const brandAliasFields = ["aliases.id", "aliases.handle", "aliases.created_at"]

// `products` is left out on purpose: a brand's products are paged by /admin/brands/:id/products.
const allowedAdminBrandFields = [...defaultAdminBrandFields, PRODUCT_COUNT_FIELD, "aliases", ...brandAliasFields]

export const retrieveBrandTransformQueryConfig = {
  defaults: defaultAdminBrandFields,
  allowed: allowedAdminBrandFields,
  isList: false,
}

export const listBrandsTransformQueryConfig = {
  ...retrieveBrandTransformQueryConfig,
  defaultLimit: 20,
  isList: true,
}

export const defaultAdminBrandProductFields = [
  "id",
  "title",
  "handle",
  "status",
  "thumbnail",
  "created_at",
  "updated_at",
]

export const listBrandProductsTransformQueryConfig = {
  defaults: defaultAdminBrandProductFields,
  defaultLimit: 20,
  isList: true,
}
