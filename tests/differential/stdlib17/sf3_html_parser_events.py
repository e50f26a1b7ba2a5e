"""html.parser.HTMLParser subclass callbacks: starttag/endtag/startendtag, data, comments, decl, pi, entity/charref conversion, CDATA content of script/style, getpos, reset/close."""
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs, self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        if data.strip():
            self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def handle_entityref(self, name):
        self.events.append(("entityref", name))

    def handle_charref(self, name):
        self.events.append(("charref", name))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))


DOC = """<!DOCTYPE html>
<?xml-stylesheet href="s.css"?>
<html lang="en">
<head><title>Caf&eacute; &amp; Bar &#169; &#x263A;</title>
<meta charset=utf-8 /><link rel="stylesheet" href='a.css'>
<style>p > a { color: red; } /* <b>not a tag</b> */</style>
<script type="text/javascript">if (a < b && c > d) { document.write("</div>"); }</script>
</head>
<body class="main  wide" data-x=1 hidden>
<!-- a comment -- with dashes -->
<p id=intro>Hello, <b>world</b>!<br/>Next &lt;line&gt; &unknown; &amp</p>
<img src="x.png" alt="A &quot;quoted&quot; alt">
<![CDATA[raw <data>]]>
<ul><li>One<li>Two</ul>
<p>Unclosed <i>italic
</body>
</html>
"""

for convert in (True, False):
    p = Recorder(convert_charrefs=convert)
    p.feed(DOC)
    p.close()
    print("convert_charrefs =", convert)
    for ev in p.events:
        print("  ", ev)

chunks = Recorder()
for piece in ["<div cla", "ss='x'>te", "xt</d", "iv><br", "/>tail &am", "p; end"]:
    chunks.feed(piece)
chunks.close()
print(chunks.events)


class LinkExtractor(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []
        self._in_a = False

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._in_a = True
            self.links.append(dict(attrs).get("href"))

    def handle_endtag(self, tag):
        if tag == "a":
            self._in_a = False

    def handle_data(self, data):
        if self._in_a:
            self.text.append(data)


le = LinkExtractor()
le.feed('<p><a href="/one">First</a> and <A HREF="/two" class=x>Second <em>link</em></A> <a name=anchor>no href</a></p>')
print(le.links, le.text)


class TableParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self._row, self._cell = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr":
            self.rows.append(self._row)

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


tp = TableParser()
tp.feed("<table><tr><th>Name</th><th>Qty</th></tr><tr><td>Apple &amp; pear</td><td> 3 </td></tr><tr><td>Fig</td><td>10</td></tr></table>")
print(tp.rows)
r = Recorder()
r.feed("<a b='1' c=\"2\" d e=f>")
r.reset()
r.feed("<x y=z>")
print(r.events, r.get_starttag_text())
