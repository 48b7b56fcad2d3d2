import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { formatBytes } from "./csv"

export type UploadedFile = { originalname: string; buffer: Buffer; size: number; mimetype: string }

const REASONS: Record<string, (maxBytes: number) => string> = {
  LIMIT_FILE_SIZE: (maxBytes) => `The file is larger than the limit of ${formatBytes(maxBytes)}`,
  LIMIT_FILE_COUNT: () => "Send one file",
  LIMIT_UNEXPECTED_FILE: () => 'Send the file in the multipart field "file"',
  LIMIT_FIELD_COUNT: () => "Too many form fields",
  LIMIT_PART_COUNT: () => "Too many form parts",
}

/**
 * Reads one multipart file field `file` into memory (as core's product import does, with multer),
 * with a size limit. A multipart error, or a request without the file, is a 400 with a message.
 */
export function singleFileUpload(maxBytes: number) {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 11 },
  }).single("file")
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    upload(req as any, res as any, (error: unknown) => {
      if (!error && !uploadedFile(req)) {
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, 'Send the CSV as multipart/form-data in the field "file"'))
      }
      if (!error) return next()
      const code = (error as { code?: string }).code
      const reason = code && REASONS[code] ? REASONS[code](maxBytes) : `The upload could not be read: ${(error as Error).message}`
      next(new MedusaError(MedusaError.Types.INVALID_DATA, reason))
    })
}

export const uploadedFile = (req: MedusaRequest) => (req as MedusaRequest & { file?: UploadedFile }).file
