import type { Link } from '../../engine';
import { MixedText } from '../i18n/MixedText';

/** The links a flow gives on a step, in its order. */
export function LinkList({ links }: { links: readonly Link[] | undefined }) {
  if (!links || links.length === 0) return null;
  return (
    <ul className="links">
      {links.map((link, index) => (
        // Fixed links in the flow's order: the position is their identity.
        <li key={index}>
          <a href={link.href}>
            <MixedText text={link.label} />
          </a>
        </li>
      ))}
    </ul>
  );
}
