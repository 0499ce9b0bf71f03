import { homeHref } from '../useHashRoute';
import type { StepProps } from './stepProps';

export function ResolutionStep({ view, escape }: StepProps<'resolution'>) {
  const { step } = view;
  return (
    <>
      <div className="panel panel--success">
        {step.body.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      {step.links && step.links.length > 0 && (
        <ul className="links">
          {step.links.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      )}
      {escape && (
        <p className="escape">
          Ce n’était pas ça ?{' '}
          <button type="button" className="link-button" onClick={escape}>
            Ouvrir un ticket
          </button>
        </p>
      )}
      <p className="no-print">
        <a href={homeHref}>Retour à la liste des procédures</a>
      </p>
    </>
  );
}
