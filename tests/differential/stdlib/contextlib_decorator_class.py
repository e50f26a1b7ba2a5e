# contextlib.ContextDecorator subclassed by user code (instances are callable objects).
from contextlib import ContextDecorator

class Timer(ContextDecorator):
    def __enter__(self):
        print("timer start")
        return self
    def __exit__(self, *exc):
        print("timer stop", exc[0].__name__ if exc[0] else None)
        return False

@Timer()
def compute():
    print("computing")
    return 7
print(compute())


with Timer() as t:
    print("with statement", type(t).__name__)
