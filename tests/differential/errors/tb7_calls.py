# Caret lines under attribute chains failing in the middle, method calls raising inside,
# comprehension frames and lambda frames.
import traceback


def tb():
    return traceback.format_exc().replace(__file__, "tb7_calls.py")


class Leaf:
    def __init__(self):
        self.value = 3

    def divide(self, by):
        return self.value / by


class Node:
    def __init__(self, child):
        self.child = child


def chain(n):
    return n.child.missing.value


def call_method(obj, arg):
    result = obj.divide(arg) + 1
    return result


def comp(xs):
    return [10 // x for x in xs]


def comp_call(xs):
    total = sum([1 / x for x in xs])
    return total


def set_comp(xs):
    return {x.upper() for x in xs}


def dict_comp(xs):
    return {x: 1 / x for x in xs}


def gen_sum(xs):
    return sum(1 / x for x in xs)


def use_lambda(xs):
    f = lambda v: v[0] / v[1]
    return [f(p) for p in xs]


def sort_key(xs):
    return sorted(xs, key=lambda p: p.size)


for fn, args in [(chain, (Node(Node(None)),)), (chain, (Node(Leaf()),)),
                 (call_method, (Leaf(), 0)), (comp, ([1, 0],)), (comp_call, ([2, 0],)),
                 (set_comp, (["a", 3],)), (dict_comp, ([1, 0],)), (gen_sum, ([1, 0],)),
                 (use_lambda, ([(1, 2), (1, 0)],)), (sort_key, ([1, 2],))]:
    try:
        fn(*args)
    except Exception:
        print(tb())
