import { useEffect, useRef, useState } from 'react';

/**
 * Whether an inline question (AskFirst) is open in place of the button that opened it. « Non »
 * closes it and puts focus back on that button, `askRef`: drawn anew then, so focusing it waits
 * for the render.
 */
export function useAskFirst() {
  const [asking, setAsking] = useState(false);
  const askRef = useRef<HTMLButtonElement>(null);
  const kept = useRef(false);

  useEffect(() => {
    if (!asking && kept.current) askRef.current?.focus();
  }, [asking]);

  return {
    asking,
    askRef,
    ask: () => {
      setAsking(true);
    },
    keep: () => {
      kept.current = true;
      setAsking(false);
    },
  };
}
