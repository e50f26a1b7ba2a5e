# Cleanup code that fails while handling a failure: implicit chaining through finally and except.
import sys

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        raise OSError(f"cannot close {self.name}")

def process(items):
    res = Resource("db")
    try:
        total = 0
        for it in items:
            total += it["value"]
        return total
    finally:
        print("closing", res.name, file=sys.stderr)
        res.close()

def main():
    try:
        process([{"value": 1}, {"val": 2}])
    except OSError as e:
        raise RuntimeError("batch aborted") from None if False else RuntimeError("batch aborted")

print("start")
main()
