import { RouteFocusModal } from "@medusajs/dashboard/components"
import { Button, Text } from "@medusajs/ui"

/** The footer of a focus modal that picks rows: how many are selected, Cancel, and the submit button. */
export const SelectionModalFooter = ({
  selected,
  submitText,
  isPending,
}: {
  selected: number
  submitText: string
  isPending: boolean
}) => (
  <RouteFocusModal.Footer>
    <Text size="small" className="text-ui-fg-subtle mr-auto" aria-live="polite">
      {selected} selected
    </Text>
    <RouteFocusModal.Close asChild>
      <Button size="small" variant="secondary">
        Cancel
      </Button>
    </RouteFocusModal.Close>
    <Button size="small" type="submit" isLoading={isPending} disabled={!selected}>
      {submitText}
    </Button>
  </RouteFocusModal.Footer>
)
