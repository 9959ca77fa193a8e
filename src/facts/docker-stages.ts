// How a Dockerfile's stages derive from each other (`FROM builder AS test`): read by the lint
// collector (which sources a final scratch image needs) and by the Dockerfile rules.
import type { DockerfileFacts, DockerStage } from './schema/files.js';

/** Stage lookup for COPY --from (a name or an index). */
export function stageByRef(d: DockerfileFacts, ref: string): DockerStage | null {
  if (/^\d+$/.test(ref)) return d.stages[Number(ref)] ?? null;
  return d.stages.find((s) => s.name !== null && s.name.toLowerCase() === ref.toLowerCase()) ?? null;
}

/** The earlier stage a FROM names (`FROM builder AS test`), or null when it names an image. */
export function parentStage(d: DockerfileFacts, s: DockerStage): DockerStage | null {
  const ref = s.resolvedImage?.toLowerCase();
  if (!ref) return null;
  for (let i = s.index - 1; i >= 0; i--) {
    const p = d.stages[i]!;
    if (p.name !== null && p.name.toLowerCase() === ref) return p;
  }
  return null;
}

/** The stage and its ancestors through stage aliases, root (the one FROM an image) first. */
export function stageChain(d: DockerfileFacts, s: DockerStage): DockerStage[] {
  // Several rules ask for the same chains: computed once per stage object.
  const cached = chainCache.get(s);
  if (cached) return cached;
  const chain = [s];
  for (let p = parentStage(d, s); p && chain.length <= d.stages.length; p = parentStage(d, p)) chain.unshift(p);
  chainCache.set(s, chain);
  return chain;
}
const chainCache = new WeakMap<DockerStage, DockerStage[]>();

/** The image a stage really runs: its own FROM, or that of the stage it derives from. */
export function imageOf(d: DockerfileFacts, s: DockerStage): string | null {
  return stageChain(d, s)[0]!.resolvedImage;
}

/** A stage's --platform, inherited from the stage it derives from when it sets none. */
export function platformOf(d: DockerfileFacts, s: DockerStage): string | null {
  const chain = stageChain(d, s);
  for (let i = chain.length - 1; i >= 0; i--) if (chain[i]!.platform) return chain[i]!.platform;
  return null;
}
