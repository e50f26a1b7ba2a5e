"""Helper module imported by the tests in this folder."""
print("_helper: module body runs, __name__ =", __name__)

GREETING = "hello from _helper"
counter = 0
_private = "underscore names are skipped by import *"
__all__ = ["GREETING", "greet", "bump", "Shape", "counter"]


def greet(name="world"):
    return f"{GREETING}, {name}"


def bump(n=1):
    global counter
    counter += n
    return counter


class Shape:
    sides = 0

    def __init__(self, label):
        self.label = label

    def describe(self):
        return f"{type(self).__name__}({self.label}) with {self.sides} sides"


class HelperError(Exception):
    pass


def fail():
    raise HelperError("raised inside _helper")


if __name__ == "__main__":
    print("this never prints when imported")
