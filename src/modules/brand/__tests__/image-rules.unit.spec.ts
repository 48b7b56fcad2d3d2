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
    ["an SVG with a script", SVG_WITH_SCRIPT, "markup", /SVG/],
    ["an SVG with an XML prolog", SVG_WITH_XML_PROLOG, "markup", /SVG/],
    ["an HTML page", HTML_PAGE, "markup", /SVG and other markup/],
    ["a PDF", PDF_HEADER, "not_image", /must be a PNG, JPEG, WebP, GIF or AVIF image/],
    ["a PNG signature followed by SVG", PNG_SIGNATURE_THEN_SVG, "markup", /SVG and other markup/],
    ["text", Buffer.from("just some text"), "not_image", /must be a PNG/],
    ["a truncated PNG", png(4, 4).subarray(0, 12), "not_image", /must be a PNG/],
    ["zero bytes", Buffer.alloc(0), "empty", /The logo file is empty \(0 bytes\)/],
  ])("refuses %s with a 400, a message and its reason", (_name, bytes, reason, message) => {
    const check = checkBrandImage(bytes, "logo")
    expect(check).toEqual({ ok: false, status: 400, reason, message: expect.stringMatching(message) })
  })

  it("refuses an image 20,000 pixels wide, naming its size", () => {
    expect(checkBrandImage(pngHeaderOnly(20_000, 10), "logo")).toEqual({
      ok: false,
      status: 400,
      reason: "too_many_pixels",
      maxPixels: 10_000,
      width: 20_000,
      height: 10,
      message: expect.stringMatching(/at most 10000 pixels wide and high; this one is 20000×10/),
    })
  })

  it("limits the size by kind, with a 413", () => {
    const big = Buffer.concat([png(1, 1), Buffer.alloc(BRAND_IMAGE_MAX_BYTES.logo)])
    expect(checkBrandImage(big, "logo")).toEqual({
      ok: false,
      status: 413,
      reason: "too_large",
      maxBytes: BRAND_IMAGE_MAX_BYTES.logo,
      bytes: big.length,
      message: "The logo must be at most 2 MB; this file is 2 MB",
    })
    expect(checkBrandImage(big, "banner")).toEqual(expect.objectContaining({ ok: true, format: "png" }))
    const huge = Buffer.concat([png(1, 1), Buffer.alloc(BRAND_IMAGE_MAX_BYTES.banner)])
    expect(checkBrandImage(huge, "banner")).toEqual(expect.objectContaining({ ok: false, status: 413, message: expect.stringMatching(/^The banner must be at most 5 MB/) }))
  })
})
