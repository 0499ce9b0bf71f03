import type { StepView } from '../../engine';
import { AskFirst } from '../AskFirst';
import { useText } from '../i18n/useText';
import { useAskFirst } from '../useAskFirst';

interface RestartProcedureProps {
  /** What restarting would erase; nothing asks no question. */
  erases: StepView['restartErases'];
  onRestart: () => void;
}

/**
 * « Recommencer la procédure », asking first when it would erase what the person typed or the
 * ticket they prepared: on a phone the link sits right under the last action button, where a
 * thumb slips.
 */
export function RestartProcedure({ erases, onRestart }: RestartProcedureProps) {
  const { wizard } = useText();
  const { asking, askRef, ask, keep } = useAskFirst();

  if (asking)
    return (
      <AskFirst
        className="restart restart--asking"
        question={erases === 'ticket' ? wizard.restartAskTicket : wizard.restartAskTyping}
        yes={wizard.restartYes}
        no={wizard.restartNo}
        onYes={onRestart}
        onNo={keep}
      />
    );

  return (
    <p className="restart no-print">
      <button
        ref={askRef}
        type="button"
        className="link-button"
        onClick={() => {
          if (erases === 'nothing') onRestart();
          else ask();
        }}
      >
        {wizard.restart}
      </button>
    </p>
  );
}
