import sys

sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())


def walk(node, depth=0):
    if node is None:
        return depth
    return max(walk(node.get("left"), depth + 1), walk(node.get("right"), depth + 1))


tree = None
for i in range(50):
    tree = {"left": tree, "right": None, "v": i}
print(walk(tree))


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


def loop(n):
    return loop(n + 1)


try:
    loop(0)
except RecursionError as e:
    print("RecursionError caught:", e)
print(count(2500))
loop(1)
