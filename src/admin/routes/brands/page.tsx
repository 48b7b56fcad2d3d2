import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DataTable } from "@medusajs/dashboard/components"
import { useDataTableDateColumns, useQueryParams } from "@medusajs/dashboard/hooks"
import { Buildings } from "@medusajs/icons"
import { Container, createDataTableColumnHelper, createDataTableFilterHelper, StatusBadge, Text } from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { t } from "i18next"
import { useMemo } from "react"
import { Outlet } from "react-router-dom"
import { BrandLogo } from "../../components/brand-logo"
import { BrandStatusBadge } from "../../components/brand-status-badge"
import { RowLink } from "../../components/row-link"
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
  const columns = useColumns()

  if (isError) throw error

  return (
    <>
      <Container className="overflow-hidden p-0">
        <DataTable
          data={data?.brands}
          columns={columns}
          heading="Brands"
          rowCount={data?.count}
          getRowId={(brand) => brand.id}
          rowHref={(brand) => `/brands/${brand.id}`}
          filters={filters}
          actions={[
            { label: "Catalogue health", to: "/brands/health" },
            { label: "Export", to: "/brands/export" },
            { label: "Import", to: "/brands/import" },
            { label: "Order featured", to: "/brands/featured" },
            { label: "Create", to: "/brands/create" },
          ]}
          emptyState={{
            empty: { heading: "No brands yet", description: "Create a brand to group products by their maker." },
            filtered: { heading: "No brands found", description: "No brand matches this search or filter." },
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

const filters = [
  filterHelper.accessor("is_featured", {
    label: "Featured",
    type: "radio",
    options: [
      { label: "Featured", value: "true" },
      { label: "Not featured", value: "false" },
    ],
  }),
]

const useColumns = () => {
  const [createdAt] = useDataTableDateColumns<AdminBrand>()
  return useMemo(
    () => [
      columnHelper.display({
        id: "logo",
        header: "Logo",
        size: 72,
        cell: ({ row }) => <BrandLogo name={row.original.name} logoUrl={row.original.logo_url} />,
      }),
      columnHelper.accessor("name", {
        header: "Name",
        enableSorting: true,
        sortAscLabel: "A-Z",
        sortDescLabel: "Z-A",
        cell: ({ row }) => (
          <RowLink to={`/brands/${row.original.id}`}>
            <span className="txt-compact-small-plus">{row.original.name}</span>
          </RowLink>
        ),
      }),
      columnHelper.accessor("handle", {
        header: "Handle",
        enableSorting: true,
        sortAscLabel: "A-Z",
        sortDescLabel: "Z-A",
        cell: ({ row }) => <Text size="small">/{row.original.handle}</Text>,
      }),
      columnHelper.accessor("is_active", {
        header: "Status",
        enableSorting: true,
        sortLabel: "Status",
        sortAscLabel: "Inactive first",
        sortDescLabel: "Active first",
        cell: ({ row }) => <BrandStatusBadge isActive={row.original.is_active} />,
      }),
      columnHelper.accessor("is_featured", {
        header: "Featured",
        enableSorting: true,
        sortLabel: "Featured",
        sortAscLabel: "Not featured first",
        sortDescLabel: "Featured first",
        cell: ({ row }) =>
          row.original.is_featured ? (
            <StatusBadge color="purple">Featured</StatusBadge>
          ) : (
            <Text size="small" className="text-ui-fg-muted">
              -
            </Text>
          ),
      }),
      columnHelper.accessor("product_count", {
        header: "Products",
        cell: ({ row }) => <Text size="small">{row.original.product_count ?? 0}</Text>,
      }),
      createdAt,
    ],
    [createdAt]
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
