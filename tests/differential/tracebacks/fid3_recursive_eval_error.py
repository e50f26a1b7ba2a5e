class Num:
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]


class Div:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def eval(self, env):
        return self.a.eval(env) / self.b.eval(env)


class Add:
    def __init__(self, *terms):
        self.terms = terms

    def eval(self, env):
        return sum(t.eval(env) for t in self.terms)


expr = Add(Num(1), Div(Var("x"), Add(Var("y"), Num(-2))))
print(expr.eval({"x": 6, "y": 5}))
print(expr.eval({"x": 6, "y": 2}))
