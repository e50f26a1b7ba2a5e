# if __name__ == "__main__": guards in the entry module and in imported modules.
import _helper
def main():
    print("main() running because __name__ is", repr(__name__))
    print("helper __name__ is", repr(_helper.__name__))
    return 0
if __name__ == "__main__":
    status = main()
    print("status", status)
else:
    print("not main")
print("module-level code after the guard runs too")
def helper_info():
    return {"module": _helper.__name__, "has_main_guard_output": False}
print(helper_info())
if __name__ != "__main__":
    print("unreachable in the entry module")
elif True:
    print("elif branch of a guard also works")
print(globals()["__name__"], "__main__" == __name__)
