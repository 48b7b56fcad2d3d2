import { formatFileSize } from "../file-size"

describe("formatFileSize", () => {
  it("writes sizes the API's way by default: kB under a megabyte, MB with one decimal above", () => {
    expect([1, 640 * 1024, 1024 * 1024 - 1, 2 * 1024 * 1024, 1.5 * 1024 * 1024].map((bytes) => formatFileSize(bytes))).toEqual([
      "1 kB",
      "640 kB",
      "1024 kB",
      "2 MB",
      "1.5 MB",
    ])
  })

  it("writes them in the admin's language when given one", () => {
    expect(formatFileSize(1.5 * 1024 * 1024, "de")).toBe("1,5 MB")
    expect(formatFileSize(1.5 * 1024 * 1024, "fr").replace(/\s/g, " ")).toBe("1,5 Mo")
  })
})
