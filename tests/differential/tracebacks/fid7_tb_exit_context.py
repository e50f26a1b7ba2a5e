# An exception raised by a context manager's __exit__ while another exception propagates: CPython
# prints the first as the context of the second ("During handling of the above exception...").
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, typ, exc, tb):
        print("closing", self.name, "after", typ.__name__ if typ else None)
        if typ is not None:
            raise RuntimeError(f"{self.name}: close failed")
        return False


def work(items):
    with Resource("db") as r:
        for i, v in enumerate(items):
            print(i, 10 // v)


work([5, 2])
work([1, 0, 3])
