import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { BRAND_IMAGE_MAX_BYTES, formatFileSize } from "../../../../modules/brand/image-rules"
import { httpError } from "../../../utils/http-error"

const MAX_UPLOAD_BYTES = Math.max(...Object.values(BRAND_IMAGE_MAX_BYTES))

/** One file in memory, at most the largest image allowed; the limits stop a bigger upload early. */
const parseSingleFile = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024 },
}).single("file")

/** Multer's and busboy's errors, as 4xx with a message. */
function uploadError(error: { code?: string; message?: string }): Error {
  switch (error.code) {
    case "LIMIT_FILE_SIZE":
      return httpError(413, `An image must be at most ${formatFileSize(MAX_UPLOAD_BYTES)}`)
    case "LIMIT_FILE_COUNT":
    case "LIMIT_UNEXPECTED_FILE":
      return new MedusaError(MedusaError.Types.INVALID_DATA, "Send exactly one image, in the form field named file")
    default:
      return new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The upload could not be read as multipart/form-data: ${error.message ?? "malformed request"}`
      )
  }
}

/** Parses `multipart/form-data` with one `file` and the `kind` field into req.file and req.body. */
export function parseBrandImageUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  parseSingleFile(req, res, (error?: unknown) => next(error ? uploadError(error as { code?: string; message?: string }) : undefined))
}
