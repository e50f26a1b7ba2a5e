# getpass without a terminal: the prompt and warning go to stderr, the answer comes from stdin.
# (Bless it where no /dev/tty can be opened, as CPython then takes this same fallback path.)
import getpass
import io
import os
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    pw = getpass.getpass("Password: ")
print("got", repr(pw), len(pw))
print([type(w.message).__name__ for w in caught], [str(w.message) for w in caught])
print(issubclass(getpass.GetPassWarning, UserWarning))

stream = io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    second = getpass.getpass(prompt="PIN? ", stream=stream)
print("second", repr(second), repr(stream.getvalue()))

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    try:
        getpass.getpass()
    except EOFError:
        print("EOFError at end of input")

os.environ["LOGNAME"] = "alice"
print(getpass.getuser())
del os.environ["LOGNAME"]
os.environ["USER"] = "bob"
print(getpass.getuser())
