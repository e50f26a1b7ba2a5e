# Reads a matrix from sys.stdin (first line: dims), then commands; prints results.
import sys
data = sys.stdin.readline().split()
rows, cols = int(data[0]), int(data[1])
m = [list(map(int, sys.stdin.readline().split())) for _ in range(rows)]
print("matrix", rows, "x", cols, m)
for raw in sys.stdin:
    cmd, *args = raw.split()
    match cmd:
        case "row":
            print("row", args[0], m[int(args[0])])
        case "col":
            print("col", args[0], [r[int(args[0])] for r in m])
        case "T":
            m = [list(c) for c in zip(*m)]
            print("transposed", m)
        case "sum":
            print("sum", sum(map(sum, m)), [sum(r) for r in m])
        case "scale":
            k = int(args[0])
            m = [[k * v for v in r] for r in m]
            print("scaled", m)
        case _:
            print("unknown", repr(cmd), args)
print("stdin exhausted:", sys.stdin.read() == "")
