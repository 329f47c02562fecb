import { localDate } from '../store/review';
import { useNow } from '../sync-ui/use-now';

/** Today at the window ("YYYY-MM-DD"), renewed each minute so that a card open past midnight turns 已过期. */
export function useToday(): string {
  return localDate(new Date(useNow(60_000)));
}
