# A KeyError whose key is a tuple (CPython prints the tuple repr as the message) raised inside a
# lambda stored in a dict of handlers, called through a method.
class Grid:
    def __init__(self):
        self.cells = {(0, 0): "a", (0, 1): "b"}
        self.ops = {"get": lambda pos: self.cells[pos], "len": lambda _: len(self.cells)}

    def run(self, op, arg):
        handler = self.ops[op]
        return handler(arg)


g = Grid()
print(g.run("get", (0, 1)), g.run("len", None))
print(g.run("get", (2, 3)))
