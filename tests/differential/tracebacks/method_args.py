class Greeter:
    def hello(self, name):
        return "hi " + name


g = Greeter()
print(g.hello("x"))
g.hello("x", "y")
