import sys

ROOMS = {
    "hall": {"desc": "A long hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Dusty books everywhere.", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}


class GameOver(Exception):
    pass


class Player:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0

    def do(self, line):
        verb, _, noun = line.strip().partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(noun) if noun else handler()

    def cmd_look(self):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        exits = " ".join(sorted(r["exits"]))
        return f"{r['desc']} You see: {items}. Exits: {exits}."

    def cmd_go(self, direction=""):
        target = ROOMS[self.room]["exits"].get(direction)
        if target is None:
            return f"You can't go {direction or 'nowhere'}."
        if ROOMS[target].get("locked") and "key" not in self.inventory:
            return "The door is locked."
        self.room = target
        return self.cmd_look()

    def cmd_take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            raise GameOver(f"You win in {self.moves} moves!")
        return f"Taken: {item}."

    def cmd_inv(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")


script = sys.stdin.read().splitlines()
p = Player()
for line in script:
    if not line.strip() or line.startswith("#"):
        continue
    print(f"> {line}")
    try:
        print(p.do(line))
    except GameOver as win:
        print(win)
        break
    except TypeError as e:
        print("Huh?", e)
else:
    print("The game continues...")
print("moves:", p.moves, "inventory:", p.inventory)
