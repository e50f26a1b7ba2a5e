class Node:
    def __init__(self):
        self.depth = 0

    def walk(self, n):
        return self.walk(n + 1)


print("start")
Node().walk(0)
