import { model } from "@medusajs/framework/utils"
import Brand from "./brand"

/**
 * A handle that leads to a brand: the handle of a brand that was merged into it. Live aliases and
 * live brands never share a handle (the service checks it, and a trigger in the migration makes it
 * hold under concurrency too).
 */
const BrandAlias = model
  .define("brand_alias", {
    id: model.id({ prefix: "balias" }).primaryKey(),
    handle: model.text(),
    brand: model.belongsTo(() => Brand, { mappedBy: "aliases" }),
  })
  .indexes([
    {
      name: "IDX_brand_alias_handle_unique",
      on: ["handle"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

export default BrandAlias
