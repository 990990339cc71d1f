/** Document order for mentions, including those inside shadow roots (ordered where their host is). */
import type { PageMention } from './mention-ranges';

/** The node, then each shadow host above it, innermost first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); (root as ShadowRoot).host; root = chain[chain.length - 1]!.getRootNode()) {
    chain.push((root as ShadowRoot).host);
  }
  return chain;
}

export function compareNodes(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  for (const x of chainA) {
    const root = x.getRootNode();
    const y = chainB.find((n) => n.getRootNode() === root);
    if (!y) continue;
    if (x === y) return chainA.length - chainB.length;
    return x.compareDocumentPosition(y) & 4 /* FOLLOWING */ ? -1 : 1;
  }
  return 0;
}

export function compareMentions(a: PageMention, b: PageMention): number {
  const byNode = compareNodes(a.range.startContainer, b.range.startContainer);
  return byNode || a.range.startOffset - b.range.startOffset;
}
