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
