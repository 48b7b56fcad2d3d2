import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

export type UploadedFile = { originalname: string; buffer: Buffer; size: number; mimetype: string }

type SingleFileUploadOptions = {
  /** What the file is, in messages: "image", "CSV file". */
  what: string
  maxBytes: number
  /** The error for a file over `maxBytes`. */
  tooLarge: (maxBytes: number) => Error
  /** Form fields allowed besides the file. */
  fields: number
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Reads one multipart file field `file` into memory (as core's product import does, with multer),
 * limited in size and parts, so a bigger upload stops early. Multer's and busboy's errors, and a
 * request without the file, become 4xx with a message.
 */
export function singleFileUpload({ what, maxBytes, tooLarge, fields }: SingleFileUploadOptions) {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields, parts: fields + 1, fieldSize: 1024 },
  }).single("file")
  const sendOne = `Send exactly one ${what}, in the form field named file`
  const toError = (error: { code?: string; message?: string }) => {
    switch (error.code) {
      case "LIMIT_FILE_SIZE":
        return tooLarge(maxBytes)
      case "LIMIT_FILE_COUNT":
      case "LIMIT_UNEXPECTED_FILE":
        return invalid(sendOne)
      default:
        return invalid(`The upload could not be read as multipart/form-data: ${error.message ?? "malformed request"}`)
    }
  }
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    upload(req as any, res as any, (error: unknown) => {
      if (error) return next(toError(error as { code?: string; message?: string }))
      if (!uploadedFile(req)) return next(invalid(`Send the ${what} as multipart/form-data, in a form field named file`))
      next()
    })
}

export const uploadedFile = (req: MedusaRequest) => (req as MedusaRequest & { file?: UploadedFile }).file
