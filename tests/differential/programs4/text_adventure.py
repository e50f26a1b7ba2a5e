import random

ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of old books.", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}


class GameOver(Exception):
    pass


class Player:
    def __init__(self, name):
        self.name = name
        self.room = "hall"
        self.inventory = set()
        self.moves = 0

    def __str__(self):
        inv = ", ".join(sorted(self.inventory)) or "nothing"
        return f"{self.name} in {self.room} carrying {inv} after {self.moves} moves"


def handle(player, command):
    words = command.lower().split()
    if not words:
        return "Say something."
    match words:
        case ["go" | "walk", direction]:
            room = ROOMS[player.room]
            target = room["exits"].get(direction)
            if target is None:
                return f"You can't go {direction}."
            if ROOMS[target].get("locked") and "key" not in player.inventory:
                return "The door is locked."
            player.room = target
            player.moves += 1
            return ROOMS[target]["desc"]
        case ["take", item]:
            items = ROOMS[player.room]["items"]
            if item not in items:
                return f"There is no {item} here."
            items.remove(item)
            player.inventory.add(item)
            if item == "treasure":
                raise GameOver(f"{player.name} found the treasure!")
            return f"Taken: {item}."
        case ["drop", *things] if things:
            dropped = [t for t in things if t in player.inventory]
            for t in dropped:
                player.inventory.discard(t)
                ROOMS[player.room]["items"].append(t)
            return f"Dropped {len(dropped)} item(s)."
        case ["look"]:
            room = ROOMS[player.room]
            exits = " ".join(sorted(room["exits"]))
            return f"{room['desc']} Exits: {exits}. Items: {room['items']}"
        case ["inventory" | "inv"]:
            return str(player)
        case [verb, *_]:
            return f"I don't know how to {verb!r}."


rng = random.Random(42)
p = Player("Ada")
script = ["look", "go west", "take lamp", "go north", "take key", "take sword", "", "dance wildly",
          "go south", "go east", "drop lamp book", "inv", "look", "go down", "take treasure", "look"]
try:
    for cmd in script:
        print(f"> {cmd}")
        print(handle(p, cmd))
except GameOver as win:
    print("*** " + str(win) + " ***")
finally:
    print(p)
print(rng.randint(1, 6), rng.choice(list(ROOMS)), round(rng.random(), 6))
print(sorted(r for r, info in ROOMS.items() if info["items"]))
