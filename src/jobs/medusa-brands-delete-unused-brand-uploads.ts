import { MedusaContainer } from "@medusajs/framework/types"
import { deleteUnusedBrandUploadsWorkflow } from "../workflows/brand"

/** An upload no brand took up within a day (a form closed without saving) is not coming back. */
export const UNUSED_UPLOAD_GRACE_MS = 24 * 60 * 60 * 1000

/** Deletes uploaded logos and banners that no brand uses, a day after their upload. */
export default async function deleteUnusedBrandUploadsJob(container: MedusaContainer) {
  await deleteUnusedBrandUploadsWorkflow(container).run({
    input: { created_before: new Date(Date.now() - UNUSED_UPLOAD_GRACE_MS) },
  })
}

// Job names are global across plugins, hence the prefix.
export const config = {
  name: "medusa-brands-delete-unused-brand-uploads",
  schedule: "17 3 * * *",
}
