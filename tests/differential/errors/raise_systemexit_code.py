# raise SystemExit(42): status 42, nothing on stderr.
def main():
    print("working")
    for i in range(3):
        print("step", i)
    raise SystemExit(42)
try:
    main()
finally:
    print("finally before exit")
