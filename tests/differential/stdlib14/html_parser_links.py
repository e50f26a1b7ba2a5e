# Scraping-style use of html.parser: collect links, headings and text.
from html.parser import HTMLParser

PAGE = """<!DOCTYPE html>
<html lang="en">
<head><title>Test &amp; Demo</title>
<meta charset="utf-8">
<style>p { color: red; }</style>
<script>if (a < b && c > d) { x = "<b>"; }</script>
</head>
<body>
<!-- main content -->
<h1 id=top>Welcome&nbsp;to &lt;pyjs&gt;</h1>
<p class="intro note">First <a href="/one">link one</a> and
<a href='https://example.com/two?a=1&amp;b=2' title="Two">two</a>.</p>
<img src="pic.png" alt="A picture"/>
<ul><li>caf&eacute; &#233; &#xe9;</li><li>&euro;5 &copy; 2024</li></ul>
<?php echo 1; ?>
<br>
<p>Unclosed <b>bold
</body></html>
"""


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.headings = []
        self.text = []
        self._in_h = False

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs))
        if tag in ("h1", "h2"):
            self._in_h = True
        print("start", tag, attrs, self.getpos())

    def handle_startendtag(self, tag, attrs):
        print("startend", tag, attrs)

    def handle_endtag(self, tag):
        if tag in ("h1", "h2"):
            self._in_h = False
        print("end", tag)

    def handle_data(self, data):
        if self._in_h:
            self.headings.append(data)
        if data.strip():
            self.text.append(data.strip())

    def handle_comment(self, data):
        print("comment", repr(data))

    def handle_decl(self, decl):
        print("decl", repr(decl))

    def handle_pi(self, data):
        print("pi", repr(data))


p = LinkParser()
p.feed(PAGE)
p.close()
print(p.links)
print(p.headings)
print(p.text)
