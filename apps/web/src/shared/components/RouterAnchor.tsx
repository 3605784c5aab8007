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
  // Without a size of its own, a link takes the size of the text around it.
  return (
    <Anchor component={Link} to={to} inherit={props.size === undefined} {...props}>
      {children}
    </Anchor>
  );
}
