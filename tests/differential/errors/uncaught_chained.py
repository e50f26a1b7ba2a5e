# Uncaught exception raised from another: the final exception is the last stderr line.
def describe(e):
    return f"{type(e).__name__}({e})"
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"could not load {text!r}") from e
def load_all(texts):
    out = []
    for t in texts:
        out.append(load(t))
        print("loaded", t)
    return out
print(load_all(["12", "-3", "40"]))
try:
    load("oops")
except RuntimeError as e:
    print("handled:", describe(e), "| cause:", describe(e.__cause__))
print(load_all(["1", "x7", "2"]))
print("never reached")
