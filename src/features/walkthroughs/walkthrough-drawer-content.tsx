// The walkthrough drawer's content, loaded on demand with the walkthroughs and their checks.
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { activeWalkthroughQuery } from '@/queries/walkthroughs';
import { WalkthroughPanel } from './walkthrough-panel';

export function WalkthroughDrawerContent() {
  const active = useQuery(activeWalkthroughQuery());
  if (!active.data) return <Spinner />;
  return <WalkthroughPanel active={active.data} />;
}
