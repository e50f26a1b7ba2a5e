# html.parser with convert_charrefs=False, incremental feeding, and html/html.entities helpers.
import html
from html import entities
from html.parser import HTMLParser


class Echo(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_entityref(self, name):
        self.events.append(("entity", name))

    def handle_charref(self, name):
        self.events.append(("charref", name))

    def handle_comment(self, data):
        self.events.append(("comment", data))


doc = '<div data-x="1" hidden>A &amp; B &#62; C &unknown; <span>s</span><!-- c -->tail</DIV>'
e = Echo()
for i in range(0, len(doc), 7):
    e.feed(doc[i:i + 7])
e.close()
for ev in e.events:
    print(ev)

print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape("<b>&</b>", quote=False))
for s in ["&lt;p&gt;", "&amp;amp;", "&eacute;t&eacute;", "&#x41;&#66;", "&notit;", "&notin;",
          "&#0;", "&#x110000;", "&#128;", "no entities", "&ampx", "&Aacute &aacute;"]:
    print(repr(s), "->", repr(html.unescape(s)))
print(entities.name2codepoint["eacute"], entities.codepoint2name[233])
print(entities.html5["amp;"], entities.html5["notin;"], len(entities.html5) > 2000)
print(entities.entitydefs["copy"])


class Counter(HTMLParser):
    def __init__(self):
        super().__init__()
        self.counts = {}

    def handle_starttag(self, tag, attrs):
        self.counts[tag] = self.counts.get(tag, 0) + 1


c = Counter()
c.feed("<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>")
print(sorted(c.counts.items()))
c.reset()
c.feed("<p><P><br/>")
print(sorted(c.counts.items()))
