import { expandBrandFields } from "../middlewares"

const PUBLIC =
  "brand.id,brand.name,brand.handle,brand.description,brand.logo_url,brand.banner_url,brand.seo_title,brand.seo_description,brand.is_featured,brand.rank,brand.metadata"
const plus = (fields: string) => fields.split(",").map((field) => `+${field}`).join(",")

describe("expandBrandFields", () => {
  it("rewrites the brand relation into its public fields, keeping the modifier's meaning", () => {
    const cases: [string, string][] = [
      ["+brand.*", `${plus(PUBLIC)},+brand.is_active`],
      [" brand.*", `${PUBLIC.split(",").map((f) => ` ${f}`).join(",")},+brand.is_active`],
      ["*brand", `${plus(PUBLIC)},+brand.is_active`],
      ["brand.*", `${plus(PUBLIC)},+brand.is_active`],
      // A plain field replaces the defaults, so `brand` alone stays plain.
      ["id,brand", `id,${PUBLIC},+brand.is_active`],
      ["id,brand.name", "id,brand.name,+brand.is_active"],
    ]
    expect(cases.map(([input]) => [input, expandBrandFields(input)])).toEqual(
      cases.map(([input, fields]) => [input, { fields, withBrand: true }])
    )
  })

  it("leaves fields without the brand, and its removal, untouched", () => {
    for (const input of ["id,title", "+variants.*", "-brand", "-brand.*", "*brandish", "brands.id"]) {
      expect([input, expandBrandFields(input)]).toEqual([input, { fields: input, withBrand: false }])
    }
  })
})
