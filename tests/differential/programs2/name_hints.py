import sys


def work():
    total_count = 5
    return total_cont + 1  # noqa


try:
    work()
except NameError as e:
    print(type(e).__name__, e)


class Node:
    def __init__(self):
        self.value = 1


try:
    Node().valu
except AttributeError as e:
    print(e)
print(sys.exc_info())


def g():
    try:
        raise KeyError("x")
    except KeyError:
        pass
    return sys.exc_info()


print(g())
try:
    raise ValueError("v")
except ValueError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
x = 1


def outer():
    x = 2

    def inner():
        global x
        x = 30
        return x

    inner()
    return x


print(outer(), x)
lenght = 3
print(lengt)
