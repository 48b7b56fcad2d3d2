import { JsonViewSection } from "@medusajs/dashboard/components"
import { LoaderFunctionArgs, Outlet, UIMatch, useLoaderData, useParams } from "react-router-dom"
import { BrandDetailSkeleton } from "../../../components/brand-detail-skeleton"
import { BrandGeneralSection } from "../../../components/brand-general-section"
import { BrandProductsSection } from "../../../components/brand-products-section"
import { retrieveBrand, useBrand } from "../../../hooks/api/brands"
import { AdminBrandResponse } from "../../../lib/types"

/** Loads the brand by id from the URL, so the page, its breadcrumb and title survive a reload. */
export const loader = ({ params }: LoaderFunctionArgs) => retrieveBrand(params.id!)

const BrandDetailPage = () => {
  const { id } = useParams()
  const initialData = useLoaderData() as AdminBrandResponse
  const { data, isPending, isError, error } = useBrand(id!, { initialData })

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

const BrandBreadcrumb = ({ params, loaderData }: UIMatch<AdminBrandResponse>) => {
  const { data } = useBrand(params.id!, { initialData: loaderData })
  return data ? <span>{data.brand.name}</span> : null
}

export const handle = {
  breadcrumb: (match: UIMatch<AdminBrandResponse>) => <BrandBreadcrumb {...match} />,
  seo: (match: UIMatch<AdminBrandResponse>) => ({ title: match.loaderData?.brand.name }),
}

export default BrandDetailPage
