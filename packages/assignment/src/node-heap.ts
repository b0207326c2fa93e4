/**
 * The indexed binary min-heap of the Dijkstra searches (shortest-paths.ts, blocking-flows.ts): node ids keyed by
 * `dist[node]`, with each node's slot kept in `pos` (−1 when absent) so that a decreased key moves the node up in
 * place instead of adding a duplicate. The caller owns `dist` and writes a node's new key before `push`.
 */
export class NodeHeap {
  private readonly heap: Int32Array;
  private readonly pos: Int32Array;
  size = 0;

  constructor(
    nodeCount: number,
    private readonly dist: Float64Array,
  ) {
    this.heap = new Int32Array(nodeCount);
    this.pos = new Int32Array(nodeCount).fill(-1);
  }

  /** Inserts `node`, or moves it up after its key decreased. */
  push(node: number): void {
    const { heap, pos, dist } = this;
    let i = pos[node]!;
    if (i < 0) i = this.size++;
    const key = dist[node]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const other = heap[parent]!;
      if (dist[other]! <= key) break;
      heap[i] = other;
      pos[other] = i;
      i = parent;
    }
    heap[i] = node;
    pos[node] = i;
  }

  /** Removes and returns the node with the smallest key (the heap must not be empty). */
  pop(): number {
    const { heap, pos, dist } = this;
    const top = heap[0]!;
    pos[top] = -1;
    const size = --this.size;
    if (size > 0) {
      const node = heap[size]!;
      const key = dist[node]!;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        if (child + 1 < size && dist[heap[child + 1]!]! < dist[heap[child]!]!) child++;
        const other = heap[child]!;
        if (dist[other]! >= key) break;
        heap[i] = other;
        pos[other] = i;
        i = child;
      }
      heap[i] = node;
      pos[node] = i;
    }
    return top;
  }

  /** Empties the heap; `touched` lists every node pushed since the last clear (their slots are reset). */
  clear(touched: Int32Array, touchedCount: number): void {
    for (let k = 0; k < touchedCount; k++) this.pos[touched[k]!] = -1;
    this.size = 0;
  }
}
