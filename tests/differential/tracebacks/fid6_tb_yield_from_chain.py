# A failure deep in a yield-from pipeline, raised from a handler with an explicit cause.
class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line


def numbers(lines):
    for i, text in enumerate(lines, 1):
        try:
            yield float(text)
        except ValueError as e:
            raise ParseError(i, f"not a number: {text!r}") from e


def scaled(lines, k):
    total = yield from running(numbers(lines))
    print("total", total)


def running(it):
    acc = 0
    for x in it:
        acc += x
        yield acc
    return acc


for v in scaled(["1", "2.5", "1e3", "x7", "4"], 2):
    print(v)
