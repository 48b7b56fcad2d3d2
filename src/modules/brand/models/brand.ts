import { model } from "@medusajs/framework/utils"
import { BRAND_RANK_MAX, BRAND_SEO_DESCRIPTION_MAX_LENGTH, BRAND_SEO_TITLE_MAX_LENGTH } from "../field-rules"
import BrandAlias from "./brand-alias"

const Brand = model
  .define("brand", {
    id: model.id({ prefix: "brand" }).primaryKey(),
    name: model.text(),
    handle: model.text().searchable(),
    description: model.text().nullable(),
    logo_url: model.text().nullable(),
    banner_url: model.text().nullable(),
    seo_title: model.text().nullable(),
    seo_description: model.text().nullable(),
    is_active: model.boolean().default(true),
    is_featured: model.boolean().default(false),
    /** The order in the brand directory: lower first. */
    rank: model.number().default(0),
    /** searchKey(name), written by the service: what `q` matches, whatever the database's locale. */
    search_name: model.text().searchable().default(""),
    metadata: model.json().nullable(),
    aliases: model.hasMany(() => BrandAlias, { mappedBy: "brand" }),
  })
  .indexes([
    {
      name: "IDX_brand_handle_unique",
      on: ["handle"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_brand_featured_rank",
      on: ["rank"],
      where: "deleted_at IS NULL AND is_featured IS TRUE",
    },
  ])
  .checks([
    {
      name: "brand_handle_format",
      expression: (columns) =>
        `${columns.handle} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(${columns.handle}) <= 255`,
    },
    {
      name: "brand_name_length",
      expression: (columns) => `char_length(${columns.name}) BETWEEN 1 AND 255`,
    },
    {
      name: "brand_logo_url_scheme",
      expression: (columns) => `${columns.logo_url} IS NULL OR ${columns.logo_url} ~* '^https?://'`,
    },
    {
      name: "brand_banner_url_scheme",
      expression: (columns) => `${columns.banner_url} IS NULL OR ${columns.banner_url} ~* '^https?://'`,
    },
    {
      name: "brand_seo_title_length",
      expression: (columns) => `char_length(${columns.seo_title}) <= ${BRAND_SEO_TITLE_MAX_LENGTH}`,
    },
    {
      name: "brand_seo_description_length",
      expression: (columns) => `char_length(${columns.seo_description}) <= ${BRAND_SEO_DESCRIPTION_MAX_LENGTH}`,
    },
    {
      name: "brand_rank_range",
      expression: (columns) => `${columns.rank} BETWEEN 0 AND ${BRAND_RANK_MAX}`,
    },
  ])

export default Brand
