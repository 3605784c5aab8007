import { NotFoundContent } from '@web/shared/components/StatusContent';

export function NotFoundPage() {
  return <NotFoundContent />;
}
