import { NotFoundContent } from '../../shared/components/StatusContent';

export function NotFoundPage() {
  return <NotFoundContent />;
}
