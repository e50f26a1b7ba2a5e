# try / except / else / finally execution order in every combination.
def run(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("v")
        if mode == "other":
            raise KeyError("k")
        if mode == "return":
            return log + ["returned-from-try"]
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for mode in ["ok", "raise", "return"]:
    print(mode, run(mode))
try:
    run("other")
except KeyError as e:
    print("other propagated", e)
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())
def else_raises():
    try:
        pass
    except ValueError:
        return "caught in except"
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("else raise not caught by same try:", e)
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError(count)
        break
    except RuntimeError as e:
        print("retry after", e)
print("count", count)
