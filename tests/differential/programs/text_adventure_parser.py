# A tiny command interpreter for a text adventure: dispatch tables, string parsing, while loops.
import textwrap

ROOMS = {
    "hall": {"desc": "A long hall with portraits staring at you.", "exits": {"north": "library", "east": "kitchen"},
             "items": ["lamp"]},
    "library": {"desc": "Dusty shelves full of forgotten books line every wall of this quiet room.",
                "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "It smells of old bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["wine"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.commands = {name[4:]: getattr(self, name) for name in dir(self) if name.startswith("cmd_")}

    def say(self, text):
        print(textwrap.fill(text, width=40, initial_indent="> ", subsequent_indent="  "))

    def cmd_look(self, *args):
        r = ROOMS[self.room]
        self.say(r["desc"])
        if r["items"]:
            self.say("You see: " + ", ".join(sorted(r["items"])))
        self.say("Exits: " + " ".join(sorted(r["exits"])))

    def cmd_go(self, direction=None, *rest):
        if direction is None:
            return self.say("Go where?")
        target = ROOMS[self.room]["exits"].get(direction)
        if target is None:
            return self.say(f"You can't go {direction} from the {self.room}.")
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return self.say(f"The way {direction} is locked.")
            ROOMS[target]["locked"] = False
            self.say("You unlock it with the key.")
        self.room = target
        self.moves += 1
        self.cmd_look()

    def cmd_take(self, *names):
        for name in names:
            items = ROOMS[self.room]["items"]
            if name in items:
                items.remove(name)
                self.inventory.append(name)
                self.say(f"Taken: {name}.")
            else:
                self.say(f"There is no {name!r} here.")

    def cmd_drop(self, name):
        try:
            self.inventory.remove(name)
        except ValueError:
            return self.say(f"You don't have {name}.")
        ROOMS[self.room]["items"].append(name)
        self.say("Dropped.")

    def cmd_inv(self):
        self.say("You carry: " + (", ".join(self.inventory) or "nothing"))

    def run(self, line):
        if line.count('"') % 2:
            return self.say("Parse error: No closing quotation")
        words = line.lower().replace('"', "").split()
        if not words:
            return
        verb, *args = words
        handler = self.commands.get(verb)
        if handler is None:
            return self.say(f"I don't know how to {verb!r}.")
        try:
            handler(*args)
        except TypeError:
            self.say(f"{verb} needs a different number of words.")


g = Game()
print(sorted(g.commands))
script = """look
go west
take lamp
go north
take book key scroll
inv
drop book
drop sword
go south
go east
go down
take wine
dance wildly
drop
say "unterminated
inv"""
for line in script.splitlines():
    print(f"$ {line}")
    g.run(line)
print(g.moves, g.room, g.inventory, ROOMS["library"]["items"])
