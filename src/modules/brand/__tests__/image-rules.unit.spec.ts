import {
  GIF_1X1,
  HTML_PAGE,
  JPEG_1X1,
  PDF_HEADER,
  png,
  PNG_SIGNATURE_THEN_SVG,
  pngHeaderOnly,
  SVG_WITH_SCRIPT,
  SVG_WITH_XML_PROLOG,
  WEBP_1X1,
} from "../../../../integration-tests/helpers/images"
import { BRAND_IMAGE_MAX_BYTES, checkBrandImage } from "../image-rules"

describe("checkBrandImage", () => {
  it.each([
    ["PNG", png(20, 10), "image/png", "png", 20, 10],
    ["JPEG", JPEG_1X1, "image/jpeg", "jpg", 1, 1],
    ["GIF", GIF_1X1, "image/gif", "gif", 1, 1],
    ["WebP", WEBP_1X1, "image/webp", "webp", 1, 1],
  ])("accepts a %s and reports its type and size from the content", (_name, bytes, mimeType, extension, width, height) => {
    expect(checkBrandImage(bytes, "logo")).toEqual({ ok: true, format: extension, mimeType, extension, width, height })
  })

  it.each([
    ["an SVG with a script", SVG_WITH_SCRIPT, /SVG/],
    ["an SVG with an XML prolog", SVG_WITH_XML_PROLOG, /SVG/],
    ["an HTML page", HTML_PAGE, /SVG and other markup/],
    ["a PDF", PDF_HEADER, /must be a PNG, JPEG, WebP, GIF or AVIF image/],
    ["a PNG signature followed by SVG", PNG_SIGNATURE_THEN_SVG, /SVG and other markup/],
    ["text", Buffer.from("just some text"), /must be a PNG/],
    ["a truncated PNG", png(4, 4).subarray(0, 12), /must be a PNG/],
    ["zero bytes", Buffer.alloc(0), /The logo file is empty \(0 bytes\)/],
    ["an image 20,000 pixels wide", pngHeaderOnly(20_000, 10), /at most 10000 pixels wide and high; this one is 20000×10/],
  ])("refuses %s with a 400 and a message", (_name, bytes, message) => {
    const check = checkBrandImage(bytes, "logo")
    expect(check).toEqual({ ok: false, status: 400, message: expect.stringMatching(message) })
  })

  it("limits the size by kind, with a 413", () => {
    const big = Buffer.concat([png(1, 1), Buffer.alloc(BRAND_IMAGE_MAX_BYTES.logo)])
    expect(checkBrandImage(big, "logo")).toEqual({
      ok: false,
      status: 413,
      message: "The logo must be at most 2 MB; this file is 2 MB",
    })
    expect(checkBrandImage(big, "banner")).toEqual(expect.objectContaining({ ok: true, format: "png" }))
    const huge = Buffer.concat([png(1, 1), Buffer.alloc(BRAND_IMAGE_MAX_BYTES.banner)])
    expect(checkBrandImage(huge, "banner")).toEqual(expect.objectContaining({ ok: false, status: 413, message: expect.stringMatching(/^The banner must be at most 5 MB/) }))
  })
})
