# A text adventure engine driven by a scripted command list: rooms as dicts, items as a class with
# properties, a parser with synonyms, match statements on verbs, locked doors, score and a save/load
# round trip through repr/eval-free serialization.
from dataclasses import dataclass, field

SYNONYMS = {"get": "take", "grab": "take", "n": "north", "s": "south", "e": "east", "w": "west", "l": "look", "i": "inventory", "inv": "inventory"}


@dataclass
class Item:
    name: str
    weight: int
    points: int = 0
    desc: str = ""

    def __str__(self):
        return f"{self.name} ({self.weight}kg)"


@dataclass
class Room:
    name: str
    desc: str
    exits: dict = field(default_factory=dict)
    items: list = field(default_factory=list)
    locked: dict = field(default_factory=dict)


class GameOver(Exception):
    pass


class Game:
    MAX_WEIGHT = 10

    def __init__(self):
        self.rooms = {
            "hall": Room("hall", "A dusty hall.", {"north": "library", "east": "kitchen"}, [Item("lamp", 2, 5)]),
            "library": Room("library", "Shelves of books.", {"south": "hall", "up": "attic"}, [Item("book", 3, 10), Item("key", 1, 0)], {"up": "key"}),
            "kitchen": Room("kitchen", "Smells of old bread.", {"west": "hall"}, [Item("anvil", 50), Item("bread", 1, 2)]),
            "attic": Room("attic", "Dark and cramped.", {"down": "library"}, [Item("treasure", 4, 100)]),
        }
        self.here = "hall"
        self.bag = []
        self.moves = 0
        self.score = 0

    @property
    def load(self):
        return sum(i.weight for i in self.bag)

    def find(self, items, name):
        return next((i for i in items if i.name == name), None)

    def do(self, line):
        words = [SYNONYMS.get(w, w) for w in line.lower().split()]
        if not words:
            return "Say something."
        self.moves += 1
        room = self.rooms[self.here]
        match words:
            case ["look"]:
                things = ", ".join(map(str, room.items)) or "nothing"
                return f"{room.name.title()}: {room.desc} Exits: {', '.join(sorted(room.exits))}. You see {things}."
            case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
                if direction not in room.exits:
                    return f"You can't go {direction}."
                need = room.locked.get(direction)
                if need and not self.find(self.bag, need):
                    return f"The way {direction} is locked. You need the {need}."
                self.here = room.exits[direction]
                return f"You go {direction} to the {self.here}."
            case ["take", "all"]:
                msgs = [self.do(f"take {i.name}") for i in list(room.items)]
                self.moves -= len(msgs)
                return " ".join(msgs) or "Nothing here."
            case ["take", name]:
                item = self.find(room.items, name)
                if item is None:
                    return f"There is no {name} here."
                if self.load + item.weight > self.MAX_WEIGHT:
                    return f"The {name} is too heavy ({self.load}+{item.weight} > {self.MAX_WEIGHT})."
                room.items.remove(item)
                self.bag.append(item)
                self.score += item.points
                return f"Taken: {item}."
            case ["drop", name]:
                item = self.find(self.bag, name)
                if not item:
                    return f"You don't have a {name}."
                self.bag.remove(item)
                room.items.append(item)
                return f"Dropped {name}."
            case ["inventory"]:
                return f"You carry {[i.name for i in self.bag]} ({self.load}/{self.MAX_WEIGHT}kg)."
            case ["score"]:
                return f"Score {self.score} in {self.moves} moves."
            case ["quit", *rest]:
                raise GameOver(" ".join(rest) or "bye")
            case [verb, *_] if verb in ("dance", "sing"):
                return f"You {verb} badly."
            case _:
                return f"I don't understand {' '.join(words)!r}."

    def save(self):
        return {"here": self.here, "bag": [i.name for i in self.bag], "rooms": {k: [i.name for i in r.items] for k, r in self.rooms.items()}, "score": self.score}


script = ["look", "take lamp", "n", "l", "up", "get key", "grab book", "i", "up", "look", "take treasure", "drop book", "take treasure",
          "inv", "down", "s", "e", "take all", "drop lamp", "take anvil", "w", "dance wildly", "fly", "", "score", "go nowhere"]
g = Game()
for cmd in script:
    print(f"> {cmd}")
    print(" ", g.do(cmd))
state = g.save()
print(state)
g2 = Game()
g2.here = state["here"]
for name in state["bag"]:
    for r in g2.rooms.values():
        it = g2.find(r.items, name)
        if it:
            r.items.remove(it)
            g2.bag.append(it)
print(g2.do("inventory"), g2.load == g.load, g2.here)
try:
    g.do("quit now please")
except GameOver as e:
    print("Game over:", e, "| final:", g.do("score"))
