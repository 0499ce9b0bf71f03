import { useRef, useState } from 'react';
import { mailtoHref, ticketText, type Ticket } from '../engine';

type CopyState = 'idle' | 'copied' | 'manual';

/** Copy, download or e-mail the summary: nothing leaves the browser until the user does one of these. */
export function TicketActions({ ticket }: { ticket: Ticket }) {
  const text = ticketText(ticket);
  const [copy, setCopy] = useState<CopyState>('idle');
  const manualRef = useRef<HTMLTextAreaElement>(null);

  async function copyText() {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      // Clipboard refused (permissions, insecure context, old browser): select the text instead.
      setCopy('manual');
      requestAnimationFrame(() => {
        manualRef.current?.focus();
        manualRef.current?.select();
      });
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `demande-${ticket.flow.id}.txt`;
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="ticket-actions no-print">
      <h2>Envoyer la demande</h2>
      <p>Copiez ce résumé puis collez-le dans votre demande du Centre de Services.</p>
      <div className="button-group">
        <button type="button" className="button" onClick={() => void copyText()}>
          Copier le résumé
        </button>
        <button type="button" className="button button--secondary" onClick={download}>
          Télécharger (.txt)
        </button>
        <a className="button button--secondary" href={mailtoHref(ticket)}>
          Envoyer par e-mail
        </a>
      </div>
      <p role="status" className="status">
        {copy === 'copied' && 'Résumé copié. Collez-le dans votre demande du Centre de Services.'}
        {copy === 'manual' &&
          'La copie automatique n’est pas disponible : le texte est sélectionné ci-dessous, copiez-le avec Ctrl+C.'}
      </p>
      {copy === 'manual' && (
        <textarea
          ref={manualRef}
          className="input textarea"
          readOnly
          rows={12}
          value={text}
          aria-label="Texte de la demande à copier"
        />
      )}
    </div>
  );
}
