import { useId, useState } from 'react';
import { hasTypedValues, resumeFragment, resumeRecord, type Session } from '../../engine';
import { localToday } from '../localToday';
import { QrCode } from './QrCode';

/** What a QR code holds at most (version 40, level L, bytes): a longer link is given as text only. */
const qrCapacity = 2953;

type CopyState = 'idle' | 'copied' | 'refused';

/**
 * « Continuer sur mon téléphone »: a QR code and its link, which open this procedure at this
 * step on another device (a phone on mobile data, when this computer has no network). The
 * answers go in the link's fragment, never to a server; the values typed in forms only if the
 * person ticks the box, since anyone who sees or photographs the code can read them.
 */
export function ContinueOnPhone({ session }: { session: Session }) {
  const [open, setOpen] = useState(false);
  const [withValues, setWithValues] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  const id = useId();
  const typed = hasTypedValues(session);
  const record = resumeRecord(session, localToday(), { withValues: typed && withValues });
  const link = `${window.location.origin}${window.location.pathname}${resumeFragment(record)}`;
  // Without the values, the phone stops at the first form filled: its step number.
  const where = record.partial ? `l’étape ${String(record.events.length + 1)}` : 'cette étape';

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      setCopy('refused');
    }
  }

  return (
    <div className="phone no-print">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => {
          setOpen(!open);
        }}
      >
        Continuer sur mon téléphone
      </button>
      <div id={`${id}-panel`} className="phone__panel" hidden={!open}>
        {open && (
          <>
            <p>
              Scannez ce code avec l’appareil photo de votre téléphone&#x202F;: cette procédure s’y
              ouvre à {where}, avec vos réponses. Le téléphone utilise sa propre connexion (données
              mobiles, par exemple).
            </p>
            {typed && (
              <div className="field">
                <label className="radio">
                  <input
                    type="checkbox"
                    checked={withValues}
                    aria-describedby={`${id}-hint`}
                    onChange={(event) => {
                      setWithValues(event.target.checked);
                    }}
                  />
                  Inclure les valeurs que j’ai saisies
                </label>
                <p className="hint" id={`${id}-hint`}>
                  Toute personne qui voit ou photographie ce code pourra les lire.
                  {record.partial &&
                    ' Sans elles, le téléphone reprend au premier formulaire rempli\u202f: vous le remplirez de nouveau.'}
                </p>
              </div>
            )}
            {link.length <= qrCapacity ? (
              <QrCode text={link} label={`Code QR du lien qui ouvre cette procédure à ${where}`} />
            ) : (
              <p className="qr-code__failed">
                Ce lien est trop long pour un code QR
                {withValues ? '\u202f: décochez la case pour en obtenir un, ou' : '\u202f:'}{' '}
                utilisez le lien ci-dessous.
              </p>
            )}
            <label className="label" htmlFor={`${id}-link`}>
              Lien vers cette étape
            </label>
            <input
              id={`${id}-link`}
              className="input"
              readOnly
              value={link}
              onFocus={(event) => {
                event.target.select();
              }}
            />
            <p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void copyLink()}
              >
                Copier le lien
              </button>
            </p>
            <p role="status" className="status">
              {copy === 'copied' && 'Lien copié.'}
              {copy === 'refused' &&
                'La copie automatique n’est pas disponible\u202f: sélectionnez le lien ci-dessus et copiez-le.'}
            </p>
          </>
        )}
      </div>
    </div>
  );
}
