// @vitest-environment node
import { expect, it } from 'vitest';
import { pathsToEndings } from '../../../src/engine';
import { networkFlow } from '../../support/walks/networkWalk';

it('gives the shortest way to each ending, answer by answer', () => {
  const paths = pathsToEndings(networkFlow);
  expect([...paths.keys()]).toEqual(['resolved', 'wiredTicket', 'wifiTicket']);
  expect(paths.get('resolved')).toEqual([
    { stateId: 'connectionType', label: 'Par un câble Ethernet' },
    { stateId: 'checkCable', label: 'Oui, ça fonctionne' },
  ]);
  expect(paths.get('wifiTicket')?.map((step) => step.stateId)).toEqual([
    'connectionType',
    'checkWifi',
    'wifiDevice',
    'wifiDetails',
    'wifiContact',
  ]);
});
