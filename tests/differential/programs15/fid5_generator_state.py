# inspect.getgeneratorstate and the generator attributes it reads (gi_frame, gi_suspended).
import inspect


def g():
    yield 1
    yield 2


x = g()
print(inspect.getgeneratorstate(x), x.gi_running, x.gi_frame is None, x.gi_suspended)
next(x)
print(inspect.getgeneratorstate(x), x.gi_running, x.gi_frame is None, x.gi_suspended)
x.close()
print(inspect.getgeneratorstate(x), x.gi_running, x.gi_frame is None, x.gi_suspended)
