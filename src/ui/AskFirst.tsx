import { useEffect, useRef, type ReactNode } from 'react';

interface AskFirstProps {
  /** What the action would erase, said plainly. */
  question: ReactNode;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
  /** Where it stands: its place in the page's layout. */
  className: string;
}

/**
 * The question asked before an action that erases something (GOV.UK's warning button, then a
 * way out): inline, not a modal, so that it stays in the reading order. Focus goes to the
 * question as it opens, so a screen reader reads it at once; useAskFirst puts it back on « Non ».
 */
export function AskFirst({ question, yes, no, onYes, onNo, className }: AskFirstProps) {
  const questionRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    questionRef.current?.focus();
  }, []);

  return (
    <div className={`${className} ask-first panel no-print`}>
      <p ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={onYes}>
          {yes}
        </button>
        <button type="button" className="button button--secondary" onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
