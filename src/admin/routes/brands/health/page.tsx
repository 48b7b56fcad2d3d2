import { DataTable } from "@medusajs/dashboard/components"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { t } from "i18next"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  createDataTableCommandHelper,
  DataTableRowSelectionState,
  Heading,
  Select,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { BrandPickerDrawer } from "../../../components/brand-picker-drawer"
import { productColumns } from "../../../components/product-columns"
import {
  useActivateBrand,
  useAssignBrand,
  useBrandHealth,
  useMergeBrands,
  useMoveBrandProducts,
  useUnbrandedProducts,
} from "../../../hooks/api/brand-operations"
import { useTableQuery } from "../../../hooks/use-table-query"
import { AdminBrandHealthResponse, HealthDuplicateBrand, plural, UnbrandedProduct } from "../../../lib/brand-operations"

/** The server takes at most 500 products per request. */
const MAX_ASSIGN = 500
const PAGE_SIZE = 20
const PREFIX = "u"

/**
 * Catalogue health: what is wrong with the brands of this catalogue, each with a fix that goes
 * through the same API (and workflows) as the rest of the admin.
 */
const CatalogueHealthPage = () => {
  const { data, isPending, isError, error } = useBrandHealth()
  if (isError) throw error

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading>Catalogue health</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Products without a brand, products on inactive brands, brands without products and brands whose names differ only
            in case, spacing, punctuation, accents or a company suffix.
          </Text>
        </div>
        <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4" role="group" aria-label="Figures">
          <Figure label="Published products without a brand" value={data?.unbranded_products.count} />
          <Figure label="Products on inactive brands" value={data?.inactive_brand_products.count} />
          <Figure label="Brands without products" value={data?.brands_without_products.count} />
          <Figure label="Groups of near-duplicate brands" value={data?.duplicate_groups.count} />
        </div>
      </Container>
      {!isPending && data && (
        <>
          <UnbrandedProductsSection total={data.unbranded_products.count} />
          <InactiveBrandsSection figure={data.inactive_brand_products} />
          <DuplicatesSection figure={data.duplicate_groups} />
          <EmptyBrandsSection figure={data.brands_without_products} />
        </>
      )}
    </div>
  )
}

const Figure = ({ label, value }: { label: string; value?: number }) => (
  <div className="shadow-elevation-card-rest bg-ui-bg-component flex flex-col rounded-md px-3 py-2">
    <Text size="xlarge" className="font-sans font-medium">
      {value === undefined ? "–" : value.toLocaleString("en-US")}
    </Text>
    <Text leading="compact" size="xsmall" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
  </div>
)

const Section = ({ title, description, children }: { title: string; description: string; children: React.ReactNode }) => (
  <Container className="divide-y p-0" role="region" aria-label={title}>
    <div className="px-6 py-4">
      <Heading level="h2">{title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    </div>
    {children}
  </Container>
)

const Nothing = ({ children }: { children: React.ReactNode }) => (
  <div className="px-6 py-4">
    <Text size="small" className="text-ui-fg-muted">
      {children}
    </Text>
  </div>
)

const unbrandedColumnHelper = createDataTableColumnHelper<UnbrandedProduct>()
const commandHelper = createDataTableCommandHelper()

/** Published products without a brand: select them, then give them a brand. */
const UnbrandedProductsSection = ({ total }: { total: number }) => {
  const query = useTableQuery(PAGE_SIZE, PREFIX)
  const { data, isPending, isError, error } = useUnbrandedProducts(query, { placeholderData: keepPreviousData })
  const [rowSelection, setRowSelection] = useState<DataTableRowSelectionState>({})
  const [picking, setPicking] = useState<string[]>()
  const { mutateAsync, isPending: isSaving } = useAssignBrand()
  const columns = useMemo(
    () => [unbrandedColumnHelper.select(), ...productColumns<UnbrandedProduct>({ linkToProduct: true })],
    []
  )
  const commands = useMemo(
    () => [
      commandHelper.command({
        label: "Give brand",
        shortcut: "b",
        action: (selection) => setPicking(Object.keys(selection).filter((id) => selection[id])),
      }),
    ],
    []
  )
  if (isError) throw error

  const assign = async (brandId: string) => {
    const ids = picking ?? []
    if (ids.length > MAX_ASSIGN) {
      toast.error(`Give a brand to at most ${MAX_ASSIGN} products at once`)
      return
    }
    await mutateAsync(
      { brandId, productIds: ids },
      {
        onSuccess: () => {
          toast.success(`${plural(ids.length, "product")} got a brand`)
          setPicking(undefined)
          setRowSelection({})
        },
        onError: (mutationError) => toast.error(mutationError.message),
      }
    ).catch(() => undefined)
  }

  return (
    <Section
      title="Published products without a brand"
      description={`${plural(total, "published product")} ${total === 1 ? "has" : "have"} no brand. Select some and give them one.`}
    >
      <DataTable
        data={data?.products}
        columns={columns}
        commands={commands}
        rowCount={data?.count}
        getRowId={(product) => product.id}
        rowHref={(product) => `/products/${product.id}`}
        rowSelection={{ state: rowSelection, onRowSelectionChange: setRowSelection }}
        emptyState={{
          empty: { heading: "Every published product has a brand", description: "Nothing to fix here." },
          filtered: { heading: "No products found", description: "No unbranded product matches this search." },
        }}
        prefix={PREFIX}
        pageSize={PAGE_SIZE}
        isLoading={isPending}
      />
      <BrandPickerDrawer
        open={Boolean(picking)}
        onOpenChange={(open) => !open && setPicking(undefined)}
        title="Give a brand"
        description={`Choose the brand for ${plural(picking?.length ?? 0, "selected product")}.`}
        confirmText="Give brand"
        isPending={isSaving}
        onConfirm={assign}
      />
    </Section>
  )
}

type InactiveFigure = AdminBrandHealthResponse["inactive_brand_products"]

/**
 * Products on inactive brands (storefronts hide those brands): activate the brand, or move its
 * products. The row goes away once fixed, so results are awaited, not given to mutate callbacks
 * (which React Query drops for an unmounted component).
 */
const InactiveBrandsSection = ({ figure }: { figure: InactiveFigure }) => (
  <Section
    title="Products on inactive brands"
    description={`${plural(figure.count, "product")} on ${plural(figure.brand_count, "inactive brand")}. Storefronts do not show an inactive brand.`}
  >
    {figure.brands.length ? (
      figure.brands.map((brand) => <InactiveBrandRow key={brand.id} brand={brand} />)
    ) : (
      <Nothing>No product is on an inactive brand.</Nothing>
    )}
  </Section>
)

const InactiveBrandRow = ({ brand }: { brand: InactiveFigure["brands"][number] }) => {
  const [picking, setPicking] = useState(false)
  const activate = useActivateBrand()
  const move = useMoveBrandProducts(brand.id)
  return (
    <div className="flex items-center justify-between gap-x-4 px-6 py-3">
      <div className="flex flex-col">
        <Link to={`/brands/${brand.id}`} className="txt-compact-small-plus hover:text-ui-fg-interactive">
          {brand.name}
        </Link>
        <Text size="small" className="text-ui-fg-subtle">
          {plural(brand.product_count, "product")}
        </Text>
      </div>
      <div className="flex items-center gap-x-2">
        <Button
          size="small"
          variant="secondary"
          isLoading={activate.isPending}
          onClick={() =>
            activate.mutateAsync(brand.id).then(
              () => toast.success(`${brand.name} is active`),
              (error) => toast.error(error.message)
            )
          }
        >
          Activate
        </Button>
        <Button size="small" variant="secondary" onClick={() => setPicking(true)}>
          Move products…
        </Button>
      </div>
      <BrandPickerDrawer
        open={picking}
        onOpenChange={setPicking}
        title={`Move the products of ${brand.name}`}
        description={`${plural(brand.product_count, "product")} move to the brand you choose; ${brand.name} stays, without products.`}
        confirmText="Move products"
        excludeId={brand.id}
        isPending={move.isPending}
        onConfirm={(toBrandId) =>
          move.mutateAsync(toBrandId).then(
            ({ moved }) => {
              toast.success(`Moved ${plural(moved.product_count, "product")}`)
              setPicking(false)
            },
            (error) => toast.error(error.message)
          )
        }
      />
    </div>
  )
}

type DuplicatesFigure = AdminBrandHealthResponse["duplicate_groups"]

const DuplicatesSection = ({ figure }: { figure: DuplicatesFigure }) => (
  <Section
    title="Near-duplicate brand names"
    description={`${plural(figure.count, "group")} of brands whose names are the same once case, spaces, punctuation, accents and company suffixes (Inc, Ltd, GmbH, Co, & Co) are set aside.`}
  >
    {figure.groups.length ? (
      figure.groups.map((group) => <DuplicateGroupRow key={group.key} brands={group.brands} />)
    ) : (
      <Nothing>No two brands have near-identical names.</Nothing>
    )}
  </Section>
)

/** Merges a group into the brand picked (by default the one with the most products). */
const DuplicateGroupRow = ({ brands }: { brands: HealthDuplicateBrand[] }) => {
  const [targetId, setTargetId] = useState(brands[0].id)
  const prompt = usePrompt()
  const merge = useMergeBrands(targetId)
  const target = brands.find((brand) => brand.id === targetId)!
  const others = brands.filter((brand) => brand.id !== targetId)
  const moving = others.reduce((sum, brand) => sum + brand.product_count, 0)

  const handleMerge = async () => {
    const confirmed = await prompt({
      title: `Merge ${plural(others.length, "brand")} into ${target.name}?`,
      description:
        `${moving === 0 ? "No products move" : `${plural(moving, "product")} ${moving === 1 ? "moves" : "move"}`} to ${target.name}. ` +
        `${others.map((brand) => brand.name).join(", ")} ${others.length === 1 ? "is" : "are"} then deleted; ` +
        `${others.length === 1 ? "its handle leads" : "their handles lead"} to ${target.name}.`,
      confirmText: "Merge",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    // Awaited rather than mutate callbacks: a merged group's row unmounts as soon as the figures refresh.
    await merge.mutateAsync(others.map((brand) => brand.id)).then(
      ({ merged }) => toast.success(`Merged into ${target.name}; ${plural(merged.product_count, "product")} moved`),
      (error) => toast.error(error.message)
    )
  }

  return (
    <div className="flex flex-col gap-y-3 px-6 py-3 md:flex-row md:items-center md:justify-between" role="group" aria-label={`Brands like ${target.name}`}>
      <div className="flex flex-wrap items-center gap-2">
        {brands.map((brand) => (
          <Badge key={brand.id} size="2xsmall" color={brand.id === targetId ? "blue" : "grey"}>
            <Link to={`/brands/${brand.id}`}>
              {brand.name} · {plural(brand.product_count, "product")}
              {brand.is_active ? "" : " · inactive"}
            </Link>
          </Badge>
        ))}
      </div>
      <div className="flex items-center gap-x-2">
        <Select size="small" value={targetId} onValueChange={setTargetId}>
          <Select.Trigger aria-label="Brand to keep" className="w-48">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {brands.map((brand) => (
              <Select.Item key={brand.id} value={brand.id}>
                Keep {brand.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Button size="small" variant="secondary" onClick={handleMerge} isLoading={merge.isPending}>
          Merge group
        </Button>
      </div>
    </div>
  )
}

type EmptyFigure = AdminBrandHealthResponse["brands_without_products"]

const EmptyBrandsSection = ({ figure }: { figure: EmptyFigure }) => (
  <Section
    title="Brands without products"
    description={`${plural(figure.count, "brand")} ${figure.count === 1 ? "has" : "have"} no products${figure.count > figure.brands.length ? `; the first ${figure.brands.length} by name` : ""}.`}
  >
    {figure.brands.length ? (
      <div className="flex flex-wrap gap-2 px-6 py-4">
        {figure.brands.map((brand) => (
          <Badge key={brand.id} size="2xsmall">
            <Link to={`/brands/${brand.id}`}>
              {brand.name}
              {brand.is_active ? "" : " · inactive"}
            </Link>
          </Badge>
        ))}
      </div>
    ) : (
      <Nothing>Every brand has products.</Nothing>
    )}
  </Section>
)

export const config = defineRouteConfig({ label: "medusaBrands.health.domain", translationNs: "translation" })

export const handle = {
  breadcrumb: () => t("medusaBrands.health.domain"),
}

export default CatalogueHealthPage
