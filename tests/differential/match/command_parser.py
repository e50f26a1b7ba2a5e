# A small command interpreter driven by match statements.
inventory = {"apple": 3}
position = [0, 0]
def run(line):
    match line.split():
        case []:
            return "empty command"
        case ["quit" | "exit"]:
            return "bye"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            dx, dy = {"north": (0, 1), "south": (0, -1), "east": (1, 0), "west": (-1, 0)}[direction]
            position[0] += dx
            position[1] += dy
            return f"moved {direction} to {tuple(position)}"
        case ["go", other]:
            return f"can't go {other}"
        case ["take", item]:
            inventory[item] = inventory.get(item, 0) + 1
            return f"took {item}"
        case ["take", item, count] if count.isdigit():
            inventory[item] = inventory.get(item, 0) + int(count)
            return f"took {count} {item}"
        case ["drop", *items] if items:
            dropped = [i for i in items if inventory.pop(i, None) is not None]
            return f"dropped {dropped}"
        case ["inventory" | "inv"]:
            return ", ".join(f"{k}={v}" for k, v in sorted(inventory.items())) or "nothing"
        case [verb, *args]:
            return f"unknown verb {verb!r} with {len(args)} args"
commands = ["go north", "go north", "go west", "go up", "take lamp", "take apple 4", "take coin x",
            "inv", "drop lamp ghost", "inventory", "", "dance wildly now", "quit"]
for c in commands:
    print(f"> {c}")
    print(run(c))
