# Huffman compression: frequency table, tree with heapq and tie-breaking, bit packing into bytes, decoding.
import heapq
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional


@dataclass(order=True)
class Node:
    weight: int
    order: int
    symbol: Optional[str] = field(default=None, compare=False)
    left: Optional["Node"] = field(default=None, compare=False, repr=False)
    right: Optional["Node"] = field(default=None, compare=False, repr=False)

    def is_leaf(self):
        return self.symbol is not None


def build_tree(text):
    freq = Counter(text)
    heap = [Node(w, i, s) for i, (s, w) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    order = len(heap)
    while len(heap) > 1:
        a = heapq.heappop(heap)
        b = heapq.heappop(heap)
        heapq.heappush(heap, Node(a.weight + b.weight, order, None, a, b))
        order += 1
    return heap[0], freq


def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if node.is_leaf():
        table[node.symbol] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def pack(bits):
    pad = (-len(bits)) % 8
    bits += "0" * pad
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), pad


def unpack(data, pad):
    bits = "".join(f"{b:08b}" for b in data)
    return bits[:len(bits) - pad] if pad else bits


def decode(bits, root):
    out, node = [], root
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if node.is_leaf():
            out.append(node.symbol)
            node = root
    return "".join(out)


for text in ["abracadabra", "mississippi river", "aaaaaaa", "the quick brown fox jumps over the lazy dog", "ünïcödé ✓✓"]:
    root, freq = build_tree(text)
    table = codes(root) if not root.is_leaf() else {root.symbol: "0"}
    bits = "".join(table[c] for c in text)
    data, pad = pack(bits)
    back = decode(unpack(data, pad), root) if not root.is_leaf() else root.symbol * len(unpack(data, pad))
    raw = len(text.encode("utf-8"))
    print(f"{text!r}: {len(bits)} bits -> {len(data)} bytes (raw {raw}), ratio {len(data) / raw:.3f}, pad {pad}, ok={back == text}")
    width = max(len(c) for c in table.values())
    for sym, code in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[1])):
        print(f"   {sym!r:>6} x{freq[sym]:<3} {code:<{width}} {int(code, 2):>4}")
    print("   bytes:", data.hex(), data[:4], list(data[:4]))
    entropy = -sum(n / len(text) * __import__("math").log2(n / len(text)) for n in freq.values())
    print(f"   entropy {entropy:.4f} bits/symbol, actual {len(bits) / len(text):.4f}")
print(repr(Node(3, 1, "x")), Node(1, 5) < Node(1, 6), Node(2, 0) > Node(1, 9), sorted([Node(2, 1), Node(1, 2)])[0].order)
ba = bytearray(b"\x00\xff")
ba[0] |= 0b1010
ba.extend(b"AB")
ba += bytes([7])
print(ba, ba.hex("-"), bytes(ba[::-1]), int.from_bytes(ba[:2], "big"), int.from_bytes(ba[:2], "little", signed=True), (258).to_bytes(2, "little"))
