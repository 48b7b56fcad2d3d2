import { JsonViewSection } from "@medusajs/dashboard/components"
import { FetchError } from "@medusajs/js-sdk"
import { LoaderFunctionArgs, Outlet, UIMatch, useLoaderData, useParams } from "react-router-dom"
import { BrandDetailSkeleton } from "../../../components/brand-detail-skeleton"
import { BrandGeneralSection } from "../../../components/brand-general-section"
import { BrandProductsSection } from "../../../components/brand-products-section"
import { retrieveBrand, useBrand } from "../../../hooks/api/brands"
import { AdminBrandResponse } from "../../../lib/types"

type BrandLoaderData = AdminBrandResponse | FetchError

/**
 * Loads the brand by id from the URL, so the page, its breadcrumb and title survive a reload.
 * A missing brand's 404 is handed to the page, which throws it: the dashboard renders the
 * not-found page inside the admin layout only for errors thrown below the route's own loader.
 */
export const loader = ({ params }: LoaderFunctionArgs): Promise<BrandLoaderData> =>
  retrieveBrand(params.id!).catch((error) => {
    if (error instanceof FetchError && error.status === 404) return error
    throw error
  })

const BrandDetailPage = () => {
  const { id } = useParams()
  const loaded = useLoaderData() as BrandLoaderData
  if (loaded instanceof FetchError) throw loaded
  const { data, isPending, isError, error } = useBrand(id!, { initialData: loaded })

  if (isError) throw error
  if (isPending || !data) return <BrandDetailSkeleton />

  return (
    <div className="flex flex-col gap-y-3">
      <BrandGeneralSection brand={data.brand} />
      <BrandProductsSection brand={data.brand} />
      <JsonViewSection data={data.brand} />
      <Outlet />
    </div>
  )
}

const loadedBrand = (data: BrandLoaderData | undefined) => (data instanceof FetchError ? undefined : data)

const BrandBreadcrumb = ({ params, loaderData }: UIMatch<BrandLoaderData>) => {
  const { data } = useBrand(params.id!, { initialData: loadedBrand(loaderData) })
  return data ? <span>{data.brand.name}</span> : null
}

export const handle = {
  breadcrumb: (match: UIMatch<BrandLoaderData>) =>
    loadedBrand(match.loaderData) ? <BrandBreadcrumb {...match} /> : undefined,
  seo: (match: UIMatch<BrandLoaderData>) => ({ title: loadedBrand(match.loaderData)?.brand.name }),
}

export default BrandDetailPage
