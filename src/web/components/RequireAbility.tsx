import type { ReactNode } from 'react';
import { useCan } from '../auth/session.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';

/** Pages the user may not use answer like unknown pages (as the API answers 404, not 403). */
export function RequireAbility({
  ability,
  children,
}: {
  ability: string | readonly string[];
  children: ReactNode;
}) {
  const can = useCan();
  return can(ability) ? <>{children}</> : <NotFoundPage />;
}
