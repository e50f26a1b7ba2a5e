# Uncaught exception raised from another: the final exception is the last stderr line.
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"could not load {text!r}") from e
print(load("12"))
print(load("x7"))
