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
import { useTranslation } from "react-i18next"
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
import { AdminBrandHealthResponse, HealthDuplicateBrand, UnbrandedProduct } from "../../../lib/brand-operations"

/** The server takes at most 500 products per request. */
const MAX_ASSIGN = 500
const PAGE_SIZE = 20
const PREFIX = "u"

/**
 * Catalogue health: what is wrong with the brands of this catalogue, each with a fix that goes
 * through the same API (and workflows) as the rest of the admin.
 */
const CatalogueHealthPage = () => {
  const { t } = useTranslation()
  const { data, isPending, isError, error } = useBrandHealth()
  if (isError) throw error

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading>{t("medusaBrands.health.domain")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("medusaBrands.health.description")}
          </Text>
        </div>
        <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4" role="group" aria-label={t("medusaBrands.health.figures")}>
          <Figure label={t("medusaBrands.health.unbranded.title")} value={data?.unbranded_products.count} />
          <Figure label={t("medusaBrands.health.inactive.title")} value={data?.inactive_brand_products.count} />
          <Figure label={t("medusaBrands.health.empty.title")} value={data?.brands_without_products.count} />
          <Figure label={t("medusaBrands.health.duplicates.figure")} value={data?.duplicate_groups.count} />
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

const Figure = ({ label, value }: { label: string; value?: number }) => {
  const { i18n } = useTranslation()
  return (
    <div className="shadow-elevation-card-rest bg-ui-bg-component flex flex-col rounded-md px-3 py-2">
      <Text size="xlarge" className="font-sans font-medium">
        {value === undefined ? "–" : value.toLocaleString(i18n.language)}
      </Text>
      <Text leading="compact" size="xsmall" weight="plus" className="text-ui-fg-subtle">
        {label}
      </Text>
    </div>
  )
}

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
  const { t } = useTranslation()
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
        label: t("medusaBrands.health.unbranded.give"),
        shortcut: "b",
        action: (selection) => setPicking(Object.keys(selection).filter((id) => selection[id])),
      }),
    ],
    [t]
  )
  if (isError) throw error

  const assign = async (brandId: string) => {
    const ids = picking ?? []
    if (ids.length > MAX_ASSIGN) {
      toast.error(t("medusaBrands.health.unbranded.tooMany", { max: MAX_ASSIGN }))
      return
    }
    await mutateAsync(
      { brandId, productIds: ids },
      {
        onSuccess: () => {
          toast.success(t("medusaBrands.health.unbranded.given", { count: ids.length }))
          setPicking(undefined)
          setRowSelection({})
        },
        onError: (mutationError) => toast.error(mutationError.message),
      }
    ).catch(() => undefined)
  }

  return (
    <Section
      title={t("medusaBrands.health.unbranded.title")}
      description={t("medusaBrands.health.unbranded.description", { count: total })}
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
          empty: {
            heading: t("medusaBrands.health.unbranded.empty.heading"),
            description: t("medusaBrands.health.unbranded.empty.description"),
          },
          filtered: {
            heading: t("medusaBrands.health.unbranded.filtered.heading"),
            description: t("medusaBrands.health.unbranded.filtered.description"),
          },
        }}
        prefix={PREFIX}
        pageSize={PAGE_SIZE}
        isLoading={isPending}
      />
      <BrandPickerDrawer
        open={Boolean(picking)}
        onOpenChange={(open) => !open && setPicking(undefined)}
        title={t("medusaBrands.health.unbranded.pickerTitle")}
        description={t("medusaBrands.health.unbranded.pickerDescription", { count: picking?.length ?? 0 })}
        confirmText={t("medusaBrands.health.unbranded.give")}
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
const InactiveBrandsSection = ({ figure }: { figure: InactiveFigure }) => {
  const { t } = useTranslation()
  return (
    <Section
      title={t("medusaBrands.health.inactive.title")}
      description={t("medusaBrands.health.inactive.description", {
        products: t("medusaBrands.health.productCount", { count: figure.count }),
        brands: t("medusaBrands.health.inactive.brands", { count: figure.brand_count }),
      })}
    >
      {figure.brands.length ? (
        figure.brands.map((brand) => <InactiveBrandRow key={brand.id} brand={brand} />)
      ) : (
        <Nothing>{t("medusaBrands.health.inactive.none")}</Nothing>
      )}
    </Section>
  )
}

const InactiveBrandRow = ({ brand }: { brand: InactiveFigure["brands"][number] }) => {
  const { t } = useTranslation()
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
          {t("medusaBrands.health.productCount", { count: brand.product_count })}
        </Text>
      </div>
      <div className="flex items-center gap-x-2">
        <Button
          size="small"
          variant="secondary"
          isLoading={activate.isPending}
          onClick={() =>
            activate.mutateAsync(brand.id).then(
              () => toast.success(t("medusaBrands.health.inactive.activated", { name: brand.name })),
              (error) => toast.error(error.message)
            )
          }
        >
          {t("medusaBrands.health.inactive.activate")}
        </Button>
        <Button size="small" variant="secondary" onClick={() => setPicking(true)}>
          {t("medusaBrands.health.inactive.moveButton")}
        </Button>
      </div>
      <BrandPickerDrawer
        open={picking}
        onOpenChange={setPicking}
        title={t("medusaBrands.health.inactive.moveTitle", { name: brand.name })}
        description={t("medusaBrands.health.inactive.moveDescription", { count: brand.product_count, name: brand.name })}
        confirmText={t("medusaBrands.health.inactive.moveConfirm")}
        excludeId={brand.id}
        isPending={move.isPending}
        onConfirm={(toBrandId) =>
          move.mutateAsync(toBrandId).then(
            ({ moved }) => {
              toast.success(t("medusaBrands.health.inactive.moved", { count: moved.product_count }))
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

const DuplicatesSection = ({ figure }: { figure: DuplicatesFigure }) => {
  const { t } = useTranslation()
  return (
    <Section
      title={t("medusaBrands.health.duplicates.title")}
      description={t("medusaBrands.health.duplicates.description", { count: figure.count })}
    >
      {figure.groups.length ? (
        figure.groups.map((group) => <DuplicateGroupRow key={group.key} brands={group.brands} />)
      ) : (
        <Nothing>{t("medusaBrands.health.duplicates.none")}</Nothing>
      )}
    </Section>
  )
}

/** Merges a group into the brand picked (by default the one with the most products). */
const DuplicateGroupRow = ({ brands }: { brands: HealthDuplicateBrand[] }) => {
  const { t } = useTranslation()
  const [targetId, setTargetId] = useState(brands[0].id)
  const prompt = usePrompt()
  const merge = useMergeBrands(targetId)
  const target = brands.find((brand) => brand.id === targetId)!
  const others = brands.filter((brand) => brand.id !== targetId)
  const moving = others.reduce((sum, brand) => sum + brand.product_count, 0)

  const handleMerge = async () => {
    const confirmed = await prompt({
      title: t("medusaBrands.health.duplicates.mergeTitle", { count: others.length, name: target.name }),
      description: [
        moving === 0
          ? t("medusaBrands.health.duplicates.mergeMovesNothing", { name: target.name })
          : t("medusaBrands.health.duplicates.mergeMoves", { count: moving, name: target.name }),
        t("medusaBrands.health.duplicates.mergeDeletes", {
          count: others.length,
          names: others.map((brand) => brand.name).join(", "),
          name: target.name,
        }),
      ].join(" "),
      confirmText: t("medusaBrands.health.duplicates.merge"),
      cancelText: t("actions.cancel"),
    })
    if (!confirmed) return
    // Awaited rather than mutate callbacks: a merged group's row unmounts as soon as the figures refresh.
    await merge.mutateAsync(others.map((brand) => brand.id)).then(
      ({ merged }) => toast.success(t("medusaBrands.health.duplicates.merged", { count: merged.product_count, name: target.name })),
      (error) => toast.error(error.message)
    )
  }

  return (
    <div className="flex flex-col gap-y-3 px-6 py-3 md:flex-row md:items-center md:justify-between" role="group" aria-label={t("medusaBrands.health.duplicates.groupLabel", { name: target.name })}>
      <div className="flex flex-wrap items-center gap-2">
        {brands.map((brand) => (
          <Badge key={brand.id} size="2xsmall" color={brand.id === targetId ? "blue" : "grey"}>
            <Link to={`/brands/${brand.id}`}>
              {brand.name} · {t("medusaBrands.health.productCount", { count: brand.product_count })}
              {brand.is_active ? "" : ` · ${t("medusaBrands.health.inactiveTag")}`}
            </Link>
          </Badge>
        ))}
      </div>
      <div className="flex items-center gap-x-2">
        <Select size="small" value={targetId} onValueChange={setTargetId}>
          <Select.Trigger aria-label={t("medusaBrands.health.duplicates.keepLabel")} className="w-48">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {brands.map((brand) => (
              <Select.Item key={brand.id} value={brand.id}>
                {t("medusaBrands.health.duplicates.keep", { name: brand.name })}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Button size="small" variant="secondary" onClick={handleMerge} isLoading={merge.isPending}>
          {t("medusaBrands.health.duplicates.mergeGroup")}
        </Button>
      </div>
    </div>
  )
}

type EmptyFigure = AdminBrandHealthResponse["brands_without_products"]

const EmptyBrandsSection = ({ figure }: { figure: EmptyFigure }) => {
  const { t } = useTranslation()
  return (
    <Section
      title={t("medusaBrands.health.empty.title")}
      description={
        figure.count > figure.brands.length
          ? t("medusaBrands.health.empty.descriptionFirst", { count: figure.count, shown: figure.brands.length })
          : t("medusaBrands.health.empty.description", { count: figure.count })
      }
    >
      {figure.brands.length ? (
        <div className="flex flex-wrap gap-2 px-6 py-4">
          {figure.brands.map((brand) => (
            <Badge key={brand.id} size="2xsmall">
              <Link to={`/brands/${brand.id}`}>
                {brand.name}
                {brand.is_active ? "" : ` · ${t("medusaBrands.health.inactiveTag")}`}
              </Link>
            </Badge>
          ))}
        </div>
      ) : (
        <Nothing>{t("medusaBrands.health.empty.none")}</Nothing>
      )}
    </Section>
  )
}

export const config = defineRouteConfig({ label: "medusaBrands.health.domain", translationNs: "translation" })

export const handle = {
  breadcrumb: () => t("medusaBrands.health.domain"),
}

export default CatalogueHealthPage
