import { model } from "@medusajs/framework/utils"
import BrandAlias from "./brand-alias"

const Brand = model
  .define("brand", {
    id: model.id({ prefix: "brand" }).primaryKey(),
    name: model.text().searchable(),
    handle: model.text().searchable(),
    description: model.text().nullable(),
    logo_url: model.text().nullable(),
    is_active: model.boolean().default(true),
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
  ])

export default Brand
