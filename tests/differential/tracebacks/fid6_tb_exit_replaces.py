# An exception raised by a context manager's __exit__ while another is in flight: both print,
# chained with "During handling of the above exception, another exception occurred:".
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if et is KeyError:
            raise RuntimeError(f"cleanup of {self.name} failed")
        return False


def lookup(table, key):
    with Resource("outer"):
        with Resource("inner"):
            return table[key]


print(lookup({"a": 1}, "a"))
print(lookup({"a": 1}, "b"))
