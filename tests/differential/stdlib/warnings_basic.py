import warnings


def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x * 2


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    print(old_api(21))
    for m in w:
        print(m.category.__name__, str(m.message), m.lineno, m.filename.endswith(".py"))
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("repeated")
    print("default shows once:", len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print("ignored:", len(w))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised:", type(e).__name__, e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("keep me")
    warnings.filterwarnings("error", category=FutureWarning)
    try:
        warnings.warn("future", FutureWarning)
    except FutureWarning as e:
        print("future error:", e)
    print([str(x.message) for x in w])

print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line of code"), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "f.py", 3, ""), end="")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn(UserWarning("instance"))
    print(w[0].category.__name__, w[0].message.args)

try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)

class MyWarning(UserWarning):
    pass

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("custom", MyWarning)
    print(issubclass(w[-1].category, UserWarning), w[-1].category.__name__)
warnings.warn("to stderr")
print("done")
