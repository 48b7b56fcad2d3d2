import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { checkBrandImage } from "../../../../modules/brand/image-rules"
import { uploadBrandImageWorkflow } from "../../../../workflows/brand"
import { httpError } from "../../../utils/http-error"
import { uploadedFile } from "../../../utils/multipart-upload"
import { AdminUploadBrandImageType } from "../validators"

/** The original name, reduced to safe characters, with the extension of the format found. */
function storedFilename(kind: string, originalName: string, extension: string) {
  const base = originalName
    .replace(/\.[^.]*$/, "")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .toLowerCase()
  return `brand-${kind}${base ? `-${base}` : ""}.${extension}`
}

/**
 * Stores a brand logo or banner through the File Module, after checking its content: a PNG,
 * JPEG, WebP, GIF or AVIF image within the size limit. SVG is refused (it can run script when
 * served from the store's origin). The stored name and type come from the content, never from
 * what the client declared.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUploadBrandImageType>, res: MedusaResponse) => {
  // singleFileUpload answered 400 already when there is no file.
  const file = uploadedFile(req)!
  const { kind } = req.validatedBody
  const check = checkBrandImage(file.buffer, kind)
  if (!check.ok) {
    throw check.status === 413 ? httpError(413, check.message) : new MedusaError(MedusaError.Types.INVALID_DATA, check.message)
  }
  const { result } = await uploadBrandImageWorkflow(req.scope).run({
    input: {
      kind,
      filename: storedFilename(kind, file.originalname, check.extension),
      mimeType: check.mimeType,
      content: file.buffer.toString("base64"),
    },
  })
  res.status(200).json({
    upload: {
      id: result.id,
      file_id: result.file_id,
      url: result.url,
      kind,
      mime_type: check.mimeType,
      width: check.width,
      height: check.height,
      size: file.buffer.length,
    },
  })
}
