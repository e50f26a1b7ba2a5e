# Unbounded recursion ends in RecursionError (first caught, then uncaught).
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print("legal depth:", depth(500))
def walk(node):
    return walk([node])
try:
    walk(0)
except RecursionError as e:
    print("caught:", e)
print("recursion still works afterwards:", depth(100))
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print("mutual recursion caught:", type(e).__name__)
print("walking without a handler...")
walk(0)
print("never reached")
