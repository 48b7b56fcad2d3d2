import { assertValidBrandFields, BRAND_HANDLE_PATTERN, handleFromName, isHttpUrl, searchKey } from "../rules"

describe("handleFromName", () => {
  // One table for the admin's live handle and the API's derived handle: both call this function.
  it.each([
    ["Latin", "Bars Acme x1", "bars-acme-x1"],
    ["Latin", "  Lumen & Co.  ", "lumen-co"],
    ["Latin", "Café Crème", "cafe-creme"],
    ["Latin", "A__B--C", "a-b-c"],
    ["Latin", "Ben & Jerry's", "ben-jerrys"],
    ["Latin", "Müller Ærø", "muller-aero"],
    ["Latin", "Łódź Þór Straße", "lodz-thor-strasse"],
    ["Latin", "İstanbul ØRSTED", "istanbul-orsted"],
    ["Latin (full-width)", "ＡＣＭＥ", "acme"],
    ["Digits", "123", "123"],
    ["Cyrillic", "Бренд", "brend"],
    ["Cyrillic", "Москва Лимитед", "moskva-limited"],
    ["Greek", "Ελληνικά", "ellinika"],
    ["Han (Chinese)", "北京", "bei-jing"],
    ["Han (Japanese kanji)", "日本", "ri-ben"],
    ["Hiragana", "さくら", "sakura"],
    ["Hangul", "서울", "seoul"],
    ["Arabic", "مرحبا", "mrhb"],
    ["Hebrew", "שלום", "shlvm"],
    ["Devanagari", "दिल्ली", "dillii"],
    ["Georgian", "ქართული", "kartuli"],
    ["Armenian", "Հայերեն", "hayeren"],
    ["Thai", "กรุงเทพ", "krungethph"],
    ["Mixed", "Café Ünïcødé 東京", "cafe-unicode-dong-jing"],
  ])("%s: %j becomes %j", (_script, name, handle) => {
    expect(handleFromName(name)).toBe(handle)
    expect(handle).toMatch(BRAND_HANDLE_PATTERN)
  })

  it.each([
    ["Javanese", "ꦗꦮ"],
    ["Egyptian hieroglyphs", "𓀀𓀁"],
  ])("falls back to brand-<hash> for %s, which the library does not transliterate", (_script, name) => {
    const handle = handleFromName(name)
    expect(handle).toMatch(/^brand-[0-9a-z]{7}$/)
    expect(handle).toMatch(BRAND_HANDLE_PATTERN)
    expect(handleFromName(name)).toBe(handle)
    expect(handleFromName(`${name}${name}`)).not.toBe(handle)
  })

  it.each(["", "   ", "!!!", "😀", "— · —"])("gives no handle for %j, which has no letter or digit", (name) => {
    expect(handleFromName(name)).toBe("")
  })

  it("never ends with a hyphen after truncating to 255 characters", () => {
    const handle = handleFromName(`${"a".repeat(254)} b`)
    expect(handle).toBe("a".repeat(254))
  })
})

describe("searchKey", () => {
  it.each([
    ["MÜLLER", "muller"],
    ["Müller", "muller"],
    ["müller", "muller"],
    ["Crème Brûlée", "creme brulee"],
    ["STRASSE", "strasse"],
    ["Straße", "strasse"],
    ["ÆRØ", "ærø"],
    ["ΕΛΛΗΝΙΚΆ", "ελληνικα"],
    ["БРЕНД", "бренд"],
    ["ＡＣＭＥ", "acme"],
    ["東京", "東京"],
    ["ガ", "ガ"],
  ])("%j is searched as %j", (text, key) => {
    expect(searchKey(text)).toBe(key)
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
    [{ banner_url: "javascript:alert(1)" }, /banner_url/],
    [{ banner_url: "data:image/png;base64,AAAA" }, /banner_url/],
    [{ seo_title: "x".repeat(71) }, /seo_title/],
    [{ seo_description: "x".repeat(321) }, /seo_description/],
    [{ rank: -1 }, /rank/],
    [{ rank: 1.5 }, /rank/],
    [{ rank: 1_000_001 }, /rank/],
    [{ rank: Number.NaN }, /rank/],
  ])("rejects %o", (fields, message) => {
    expect(() => assertValidBrandFields(fields)).toThrow(message)
  })
})
