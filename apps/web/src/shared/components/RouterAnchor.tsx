import { Anchor, type AnchorProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface RouterAnchorProps extends AnchorProps {
  to: string;
  children: ReactNode;
  'aria-label'?: string;
}

/** A Mantine-styled link that navigates inside the app. */
export function RouterAnchor({ to, children, ...props }: RouterAnchorProps) {
  return (
    <Anchor component={Link} to={to} {...props}>
      {children}
    </Anchor>
  );
}
