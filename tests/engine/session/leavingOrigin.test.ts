// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answer, leavingOrigin, startSession, stepView, submit } from '../../../src/engine';
import { allFlows, flowById, today } from '../../support/allFlows';
import { walk } from '../../support/walks/flowWalk';

describe('the checks carried to the generic ticket', () => {
  it('after « Oui, ça fonctionne », say the problem came back', () => {
    const view = stepView(walk(flowById('network-connection'), 'WIFI', 'FIXED'));
    expect(view.kind === 'resolution' && view.step.solved).toBe(true);
    expect(leavingOrigin(view)).toEqual({
      flowTitle: 'Problème de connexion réseau',
      checks: [
        { question: 'Type de connexion', answer: 'Wi-Fi' },
        {
          question: 'Wi-Fi activé et bon réseau vérifiés',
          answer: 'ça a fonctionné, puis le problème est revenu',
        },
      ],
    });
  });

  it('from an ending that only informs, are the answers as given', () => {
    const flow = flowById('account-suspension');
    const atForm = answer(answer(startSession(flow), 'ACTIVE'), 'OTHER_STAFF');
    const view = stepView(submit(atForm, { endDate: '' }, today));
    expect(view.stateId).toBe('otherOutcome');
    expect(leavingOrigin(view).checks.map((check) => check.answer)).toEqual(
      view.trail.map((item) => item.answer),
    );
    expect(leavingOrigin(view).checks[1]?.answer).toBe('autre personnel');
  });

  it('say so for every ending reached by « Oui, ça fonctionne », in every flow', () => {
    for (const flow of allFlows) {
      for (const { answers } of flow.steps.values()) {
        for (const { label, target } of answers) {
          const ending = flow.steps.get(target)?.step;
          if (label === 'Oui, ça fonctionne' && ending?.kind === 'resolution')
            expect(ending.solved, `${flow.id}: ${target}`).toBe(true);
        }
      }
    }
  });
});
