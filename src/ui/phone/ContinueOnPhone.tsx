import { useId, useState } from 'react';
import { hasTypedValues, resumeFragment, resumeRecord, type Session } from '../../engine';
import { useText } from '../i18n/useText';
import { localToday } from '../localToday';
import { onPhone } from './onPhone';
import { QrCode } from './QrCode';

/** What a QR code holds at most (version 40, level L, bytes): a longer link is given as text only. */
const qrCapacity = 2953;

type CopyState = 'idle' | 'copied' | 'refused';

/**
 * « Continuer sur mon téléphone »: a QR code and its link, which open this procedure at this
 * step on another device (a phone on mobile data, when this computer has no network). On a phone,
 * « Continuer sur un autre appareil », whose words give the link first: the other device may be a
 * computer. The answers go in the link's fragment, never to a server; the values typed in forms
 * only if the person ticks the box, since anyone who sees or photographs the code can read them.
 */
export function ContinueOnPhone({ session }: { session: Session }) {
  const { phone } = useText();
  const [open, setOpen] = useState(false);
  const [withValues, setWithValues] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  // Read once: a phone stays a phone while the step is shown.
  const [phoneHere] = useState(onPhone);
  const id = useId();
  const typed = hasTypedValues(session);
  const record = resumeRecord(session, localToday(), { withValues: typed && withValues });
  const link = `${window.location.origin}${window.location.pathname}${resumeFragment(record)}`;
  // Without the values, the phone stops at the first form filled: its step number.
  const where = record.partial ? phone.atStep(record.events.length + 1) : phone.here;

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
        {phoneHere ? phone.buttonOnPhone : phone.button}
      </button>
      <div id={`${id}-panel`} className="phone__panel" hidden={!open}>
        {open && (
          <>
            <p>{phoneHere ? phone.scanOnPhone(where) : phone.scan(where)}</p>
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
                  {phone.withValues}
                </label>
                <p className="hint" id={`${id}-hint`}>
                  {phone.withValuesHint}
                  {record.partial && (phoneHere ? phone.partialHintOnPhone : phone.partialHint)}
                </p>
              </div>
            )}
            {link.length <= qrCapacity ? (
              <QrCode text={link} label={phone.qrLabel(where)} />
            ) : (
              <p className="qr-code__failed">{phone.tooLong(withValues)}</p>
            )}
            <label className="label" htmlFor={`${id}-link`}>
              {phone.linkLabel}
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
                {phone.copyLink}
              </button>
            </p>
            <p role="status" className="status">
              {copy === 'copied' && phone.copied}
              {copy === 'refused' && phone.copyRefused}
            </p>
          </>
        )}
      </div>
    </div>
  );
}
