import type { OrderDetail } from '../../../api/order-types';
import { DuplicatesPanel } from './duplicates-panel';
import { SuggestionsPanel } from './suggestions-panel';

/** What intake found out about an order (DESIGN §5): suspected duplicates, then the classification suggestions. */
export function OrderIntakePanels({ order, onChanged }: { order: OrderDetail; onChanged: () => Promise<unknown> }) {
  return (
    <>
      <DuplicatesPanel order={order} onChanged={onChanged} />
      <SuggestionsPanel order={order} />
    </>
  );
}
