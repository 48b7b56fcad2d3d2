import { zodResolver } from "@hookform/resolvers/zod"
import { KeyboundForm, RouteDrawer, useRouteModal } from "@medusajs/dashboard/components"
import { Button, Heading, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { useParams, useRevalidator } from "react-router-dom"
import {
  BrandFormFields,
  brandFormDefaults,
  brandFormSchema,
  BrandFormValues,
  showBrandServerError,
  toBrandPayload,
  uploadPickedImages,
} from "../../../../components/brand-form"
import { useBrand, useUpdateBrand } from "../../../../hooks/api/brands"
import { AdminBrand } from "../../../../lib/types"

const EditBrandForm = ({ brand }: { brand: AdminBrand }) => {
  const { t } = useTranslation()
  const { handleSuccess } = useRouteModal()
  // The breadcrumb and the document title come from the route loader; reload it after a rename.
  const revalidator = useRevalidator()
  const form = useForm<BrandFormValues>({
    defaultValues: brandFormDefaults(brand),
    resolver: zodResolver(brandFormSchema),
  })
  const { mutateAsync, isPending } = useUpdateBrand(brand.id)

  const handleSubmit = form.handleSubmit(async (values) => {
    const ready = await uploadPickedImages(form, values)
    if (!ready) return
    await mutateAsync(toBrandPayload(ready), {
      onSuccess: ({ brand: updated }) => {
        toast.success(t("medusaBrands.edit.updated", { name: updated.name }))
        handleSuccess()
        revalidator.revalidate()
      },
      onError: (error) => showBrandServerError(form, error),
    }).catch(() => undefined)
  })

  return (
    <RouteDrawer.Form form={form}>
      <KeyboundForm onSubmit={handleSubmit} className="flex flex-1 flex-col overflow-hidden">
        <RouteDrawer.Body className="flex-1 overflow-y-auto">
          <BrandFormFields form={form} />
        </RouteDrawer.Body>
        <RouteDrawer.Footer>
          <div className="flex items-center gap-x-2">
            <RouteDrawer.Close asChild>
              <Button size="small" variant="secondary">
                {t("actions.cancel")}
              </Button>
            </RouteDrawer.Close>
            <Button size="small" type="submit" isLoading={isPending || form.formState.isSubmitting}>
              {t("actions.save")}
            </Button>
          </div>
        </RouteDrawer.Footer>
      </KeyboundForm>
    </RouteDrawer.Form>
  )
}

const EditBrandPage = () => {
  const { t } = useTranslation()
  const { id } = useParams()
  const { data, isError, error } = useBrand(id!)

  if (isError) throw error

  return (
    <RouteDrawer>
      <RouteDrawer.Header>
        <RouteDrawer.Title asChild>
          <Heading>{t("medusaBrands.edit.title")}</Heading>
        </RouteDrawer.Title>
        <RouteDrawer.Description className="sr-only">{t("medusaBrands.edit.description")}</RouteDrawer.Description>
      </RouteDrawer.Header>
      {data && <EditBrandForm brand={data.brand} />}
    </RouteDrawer>
  )
}

export default EditBrandPage
