// Run by `npm run test:install` with `medusa exec` in a store that has medusa-brands 0.1.0
// installed: puts in the data a merchant would have before upgrading (brands of every kind,
// linked products, a deleted brand), through that release's own workflows.
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createBrandsWorkflow, deleteBrandsWorkflow } from "medusa-brands/workflows"

export default async function seedPreviousRelease({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const salesChannelId = stores[0]?.default_sales_channel_id
  if (!salesChannelId) throw new Error("The store has no default sales channel")

  const { result: brands } = await createBrandsWorkflow(container).run({
    input: {
      brands: [
        {
          name: "MÜLLER Ærø Design",
          description: "Lamps from Ærø",
          logo_url: "https://cdn.example.com/muller.png",
          metadata: { since: 1921, tags: ["lamps", "design"] },
        },
        { name: "Acme Tools", handle: "acme" },
        { name: "Dormant Brand", is_active: false },
        { name: "Gone Brand" },
      ],
    },
  })
  const [muller, acme, , gone] = brands
  const products = async (title: string, count: number, brandId?: string) =>
    createProductsWorkflow(container).run({
      input: {
        products: Array.from({ length: count }, (_, i) => ({
          title: `${title} ${i + 1}`,
          status: ProductStatus.PUBLISHED,
          options: [{ title: "Size", values: ["One size"] }],
          variants: [{ title: "One size", options: { Size: "One size" }, prices: [{ currency_code: "eur", amount: 10 + i }] }],
          sales_channels: [{ id: salesChannelId }],
        })),
        additional_data: brandId ? { brand_id: brandId } : undefined,
      },
    })
  await products("Ærø Lamp", 3, muller.id)
  await products("Acme Hammer", 2, acme.id)
  await products("Gone Mug", 1, gone.id)
  await products("Plain Tee", 1)
  await deleteBrandsWorkflow(container).run({ input: { ids: [gone.id] } })
  console.log(`Seeded ${brands.length} brands and 7 products with medusa-brands 0.1.0`)
}
