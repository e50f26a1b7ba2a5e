"""An inline documentation demo: run as a page's module script, output shown in the page."""
name = input("Your name: ")
print(f"Hello, {name}!")
for i in range(3):
    print(i, end=" ")
print()
try:
    while True:
        print("more:", input())
except EOFError:
    print("done")
print(1 / 0)
