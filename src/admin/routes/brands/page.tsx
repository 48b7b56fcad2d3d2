import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DataTable } from "@medusajs/dashboard/components"
import { useDataTableDateColumns, useQueryParams } from "@medusajs/dashboard/hooks"
import { Buildings } from "@medusajs/icons"
import { Container, createDataTableColumnHelper, createDataTableFilterHelper, StatusBadge, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { t } from "i18next"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Outlet } from "react-router-dom"
import { BrandLogo } from "../../components/brand-logo"
import { BrandStatusBadge } from "../../components/brand-status-badge"
import { RowLink } from "../../components/row-link"
import { ALPHABETICAL_SORT, handleColumn } from "../../components/table-columns"
import { useBrands } from "../../hooks/api/brands"
import { useTableQuery } from "../../hooks/use-table-query"
import { AdminBrand } from "../../lib/types"

const PAGE_SIZE = 20
const LIST_FIELDS = "id,name,handle,logo_url,is_active,is_featured,rank,created_at,product_count"

/** The DataTable keeps a radio filter's value in the URL as JSON ("true"); a hand-written URL may say true. */
const booleanParam = (value?: string) => (value === undefined ? undefined : String(JSON.parse(value)) === "true")

const BrandListPage = () => {
  const query = useTableQuery(PAGE_SIZE)
  const { is_featured } = useQueryParams(["is_featured"])
  const { data, isPending, isError, error } = useBrands(
    { ...query, order: query.order ?? "name", is_featured: booleanParam(is_featured), fields: LIST_FIELDS },
    { placeholderData: keepPreviousData }
  )
  const { t } = useTranslation()
  const columns = useColumns()
  const filters = useFilters()

  if (isError) throw error

  return (
    <>
      <Container className="overflow-hidden p-0">
        <DataTable
          data={data?.brands}
          columns={columns}
          heading={t("medusaBrands.domain")}
          rowCount={data?.count}
          getRowId={(brand) => brand.id}
          rowHref={(brand) => `/brands/${brand.id}`}
          filters={filters}
          actions={[
            { label: t("medusaBrands.health.domain"), to: "/brands/health" },
            { label: t("actions.export"), to: "/brands/export" },
            { label: t("actions.import"), to: "/brands/import" },
            { label: t("medusaBrands.list.orderFeatured"), to: "/brands/featured" },
            { label: t("actions.create"), to: "/brands/create" },
          ]}
          emptyState={{
            empty: {
              heading: t("medusaBrands.list.empty.heading"),
              description: t("medusaBrands.list.empty.description"),
            },
            filtered: {
              heading: t("medusaBrands.list.filtered.heading"),
              description: t("medusaBrands.list.filtered.description"),
            },
          }}
          pageSize={PAGE_SIZE}
          isLoading={isPending}
        />
      </Container>
      <Outlet />
    </>
  )
}

const columnHelper = createDataTableColumnHelper<AdminBrand>()
const filterHelper = createDataTableFilterHelper<AdminBrand>()

const useFilters = () => {
  const { t } = useTranslation()
  return useMemo(
    () => [
      filterHelper.accessor("is_featured", {
        label: t("medusaBrands.list.featured"),
        type: "radio",
        options: [
          { label: t("medusaBrands.list.featured"), value: "true" },
          { label: t("medusaBrands.list.notFeatured"), value: "false" },
        ],
      }),
    ],
    [t]
  )
}

const useColumns = () => {
  const { t } = useTranslation()
  const [createdAt] = useDataTableDateColumns<AdminBrand>()
  return useMemo(
    () => [
      columnHelper.display({
        id: "logo",
        header: t("medusaBrands.list.logo"),
        size: 72,
        cell: ({ row }) => <BrandLogo name={row.original.name} logoUrl={row.original.logo_url} />,
      }),
      columnHelper.accessor("name", {
        header: t("fields.name"),
        enableSorting: true,
        ...ALPHABETICAL_SORT,
        cell: ({ row }) => (
          <RowLink to={`/brands/${row.original.id}`}>
            <span className="txt-compact-small-plus">{row.original.name}</span>
          </RowLink>
        ),
      }),
      handleColumn<AdminBrand>(),
      columnHelper.accessor("is_active", {
        header: t("fields.status"),
        enableSorting: true,
        sortLabel: t("fields.status"),
        sortAscLabel: t("medusaBrands.list.inactiveFirst"),
        sortDescLabel: t("medusaBrands.list.activeFirst"),
        cell: ({ row }) => <BrandStatusBadge isActive={row.original.is_active} />,
      }),
      columnHelper.accessor("is_featured", {
        header: t("medusaBrands.list.featured"),
        enableSorting: true,
        sortLabel: t("medusaBrands.list.featured"),
        sortAscLabel: t("medusaBrands.list.notFeaturedFirst"),
        sortDescLabel: t("medusaBrands.list.featuredFirst"),
        cell: ({ row }) =>
          row.original.is_featured ? (
            <StatusBadge color="purple">{t("medusaBrands.list.featured")}</StatusBadge>
          ) : (
            <Text size="small" className="text-ui-fg-muted">
              -
            </Text>
          ),
      }),
      columnHelper.accessor("product_count", {
        header: t("fields.products"),
        cell: ({ row }) => <Text size="small">{row.original.product_count ?? 0}</Text>,
      }),
      createdAt,
    ],
    [createdAt, t]
  )
}

export const config = defineRouteConfig({
  label: "medusaBrands.domain",
  translationNs: "translation",
  icon: Buildings,
})

export const handle = {
  breadcrumb: () => t("medusaBrands.domain"),
}

export default BrandListPage
