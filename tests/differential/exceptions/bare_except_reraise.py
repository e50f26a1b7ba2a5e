# Bare except, bare raise, raise e, and re-raising in handlers.
def bare():
    try:
        raise KeyError("anything")
    except:
        return "bare except caught it"
print(bare())
def reraise():
    try:
        int("nope")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("outer got", e)
def raise_e():
    try:
        [].pop()
    except IndexError as e:
        raise e
try:
    raise_e()
except IndexError as e:
    print("raise e:", e)
def convert():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError(f"converted {e}")
try:
    convert()
except ValueError as e:
    print(e, "| context:", type(e.__context__).__name__, e.__context__, "| cause:", e.__cause__)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def raise_class():
    raise ValueError
try:
    raise_class()
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise object
except TypeError as e:
    print("TypeError", e)
def reraise_after_handling():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise
try:
    reraise_after_handling()
except ZeroDivisionError as e:
    print("bare raise re-raises the handled exception:", type(e).__name__, e)
