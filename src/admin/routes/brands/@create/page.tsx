import { zodResolver } from "@hookform/resolvers/zod"
import { KeyboundForm, RouteFocusModal, useRouteModal } from "@medusajs/dashboard/components"
import { Button, Heading, Text, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import {
  BrandFormFields,
  brandFormDefaults,
  brandFormSchema,
  BrandFormValues,
  showBrandServerError,
  toBrandPayload,
  uploadPickedImages,
} from "../../../components/brand-form"
import { useCreateBrand } from "../../../hooks/api/brands"

const CreateBrandForm = () => {
  const { t } = useTranslation()
  const { handleSuccess } = useRouteModal()
  const form = useForm<BrandFormValues>({
    defaultValues: brandFormDefaults(),
    resolver: zodResolver(brandFormSchema),
  })
  const { mutateAsync, isPending } = useCreateBrand()

  const handleSubmit = form.handleSubmit(async (values) => {
    const ready = await uploadPickedImages(form, values)
    if (!ready) return
    await mutateAsync(toBrandPayload(ready), {
      onSuccess: ({ brand }) => {
        toast.success(t("medusaBrands.create.created", { name: brand.name }))
        handleSuccess("/brands")
      },
      onError: (error) => showBrandServerError(form, error),
    }).catch(() => undefined)
  })

  return (
    <RouteFocusModal.Form form={form}>
      <KeyboundForm onSubmit={handleSubmit} className="flex h-full flex-col overflow-hidden">
        <RouteFocusModal.Header />
        <RouteFocusModal.Body className="flex size-full flex-col items-center overflow-y-auto p-16">
          <div className="flex w-full max-w-[720px] flex-col gap-y-8">
            <div>
              <RouteFocusModal.Title asChild>
                <Heading>{t("medusaBrands.create.title")}</Heading>
              </RouteFocusModal.Title>
              <RouteFocusModal.Description asChild>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("medusaBrands.create.description")}
                </Text>
              </RouteFocusModal.Description>
            </div>
            <BrandFormFields form={form} deriveHandle />
          </div>
        </RouteFocusModal.Body>
        <RouteFocusModal.Footer>
          <RouteFocusModal.Close asChild>
            <Button size="small" variant="secondary">
              {t("actions.cancel")}
            </Button>
          </RouteFocusModal.Close>
          <Button size="small" type="submit" isLoading={isPending || form.formState.isSubmitting}>
            {t("actions.create")}
          </Button>
        </RouteFocusModal.Footer>
      </KeyboundForm>
    </RouteFocusModal.Form>
  )
}

const CreateBrandPage = () => (
  <RouteFocusModal>
    <CreateBrandForm />
  </RouteFocusModal>
)

export default CreateBrandPage
