// content-model §8.4: the network model per file, the most common one, and the same per side.
import { NETWORK_MODEL_IDS, type NetworkModelId } from '../catalogue/ids';
import type { FileFacts } from './facts';
import type { GroupNetworkModel } from './schema';

type Vote = GroupNetworkModel['bySide']['destination'];

function vote(files: readonly FileFacts[]): Vote {
  const order: (NetworkModelId | null)[] = [...NETWORK_MODEL_IDS, null];
  const distribution = order
    .map((id) => ({ id, count: files.filter((f) => f.participant.assessment.networkModel.id === id).length }))
    .filter((d) => d.count > 0);
  // The model with the strictly largest count among real models; a tie says nothing.
  const models = distribution.filter((d) => d.id !== null);
  const top = Math.max(0, ...models.map((d) => d.count));
  const leaders = models.filter((d) => d.count === top);
  return { id: leaders.length === 1 ? (leaders[0]?.id ?? null) : null, distribution };
}

export function summariseNetworkModel(files: readonly FileFacts[]): GroupNetworkModel {
  return {
    ...vote(files),
    bySide: {
      destination: vote(files.filter((f) => f.side === 'destination')),
      source: vote(files.filter((f) => f.side === 'source')),
    },
  };
}
