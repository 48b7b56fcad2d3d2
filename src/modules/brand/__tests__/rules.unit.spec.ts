import { assertValidBrandFields, handleFromName, isHttpUrl } from "../rules"

describe("handleFromName", () => {
  it.each([
    ["Bars Acme x1", "bars-acme-x1"],
    ["  Lumen & Co.  ", "lumen-co"],
    ["Café Crème", "cafe-creme"],
    ["A__B--C", "a-b-c"],
    ["123", "123"],
    ["日本", ""],
  ])("%j becomes %j", (name, handle) => {
    expect(handleFromName(name)).toBe(handle)
  })

  it("never ends with a hyphen after truncating to 255 characters", () => {
    const handle = handleFromName(`${"a".repeat(254)} b`)
    expect(handle).toBe("a".repeat(254))
  })
})

describe("isHttpUrl", () => {
  it.each(["http://example.com/logo.png", "https://cdn.example.com/a.svg?x=1"])("accepts %s", (url) => {
    expect(isHttpUrl(url)).toBe(true)
  })

  it.each(["javascript:alert(1)", "data:image/svg+xml;base64,AAAA", "ftp://example.com/a.png", "//example.com/a.png", "not a url", " https://example.com"])(
    "rejects %s",
    (url) => {
      expect(isHttpUrl(url)).toBe(false)
    }
  )
})

describe("assertValidBrandFields", () => {
  it("accepts valid fields", () => {
    expect(() => assertValidBrandFields({ name: "Acme", handle: "acme-2", logo_url: null })).not.toThrow()
  })

  it.each([
    [{ name: " " }, /name/],
    [{ name: "x".repeat(256) }, /name/],
    [{ handle: "Acme" }, /handle/],
    [{ handle: "a--b" }, /handle/],
    [{ handle: "-a" }, /handle/],
    [{ handle: "a".repeat(256) }, /handle/],
    [{ logo_url: "javascript:alert(1)" }, /logo_url/],
  ])("rejects %o", (fields, message) => {
    expect(() => assertValidBrandFields(fields)).toThrow(message)
  })
})
