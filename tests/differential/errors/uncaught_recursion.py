# Unbounded recursion ends in RecursionError.
def walk(node):
    return walk([node])
print("walking...")
walk(0)
