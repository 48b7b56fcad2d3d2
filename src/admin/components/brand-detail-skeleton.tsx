import { Container, Skeleton } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/** Placeholder for the brand page while it loads: the general section and the products table. */
export const BrandDetailSkeleton = () => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-3" aria-busy="true" aria-label={t("medusaBrands.detail.loading")}>
      <Container className="divide-y p-0">
        <div className="flex items-center gap-x-3 px-6 py-4">
          <Skeleton className="size-10 rounded-lg" />
          <Skeleton className="h-7 w-40" />
        </div>
        {Array.from({ length: 4 }, (_, index) => (
          <div key={index} className="grid grid-cols-2 px-6 py-4">
            <Skeleton className="h-5 w-24" />
            <Skeleton className="h-5 w-48" />
          </div>
        ))}
      </Container>
      <Container className="flex flex-col gap-y-3 p-6">
        <Skeleton className="h-7 w-32" />
        {Array.from({ length: 5 }, (_, index) => (
          <Skeleton key={index} className="h-10 w-full" />
        ))}
      </Container>
    </div>
  )
}
