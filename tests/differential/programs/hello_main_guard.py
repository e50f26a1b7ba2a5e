"""A program whose body cannot raise: it runs under the lean driver."""

GREETING = "Hello"


def banner():
    """Print a banner."""
    line = "=========="
    print(line)
    greeting = "Hello"
    print(greeting, "from", "pyjs", 2024, True, sep=" ")
    print(line, end="\n\n")
    return None


def main():
    banner()
    who = "world"
    big = 123456789012345678901234567890
    small = 0
    flag = False
    print("Hello,", who, big, small, flag, None)
    print(who, who, sep="")
    print("bye", end="!\n")


if __name__ == "__main__":
    print(GREETING)
    main()
else:
    print("imported")
