import { model } from "@medusajs/framework/utils"
import { BRAND_IMAGE_KINDS } from "../image-rules"

/**
 * A logo or banner uploaded through POST /admin/brands/uploads, kept so that its file can be
 * deleted from the File Module once no brand uses its URL any more.
 */
const BrandUpload = model
  .define("brand_upload", {
    id: model.id({ prefix: "bupl" }).primaryKey(),
    /** The File Module's id of the file. */
    file_id: model.text(),
    url: model.text(),
    kind: model.enum([...BRAND_IMAGE_KINDS]),
  })
  .indexes([{ name: "IDX_brand_upload_url", on: ["url"], where: "deleted_at IS NULL" }])

export default BrandUpload
