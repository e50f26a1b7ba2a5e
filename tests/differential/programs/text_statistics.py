# Text statistics: words, sentences, frequencies, and a formatted report.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness. It was the spring of hope, it was
the winter of despair! We had everything before us, we had nothing before us; we were all going
direct to Heaven, we were all going direct the other way. In short, the period was so far like
the present period... Was it? Yes."""
def words_of(text):
    cleaned = "".join(ch.lower() if ch.isalpha() or ch == "'" else " " for ch in text)
    return cleaned.split()
def sentences_of(text):
    out, current = [], []
    for ch in text.replace("\n", " "):
        current.append(ch)
        if ch in ".!?":
            s = "".join(current).strip()
            if s.strip(".!? "):
                out.append(s)
            current = []
    tail = "".join(current).strip()
    if tail:
        out.append(tail)
    return out
words = words_of(TEXT)
sentences = sentences_of(TEXT)
print("characters:", len(TEXT), "letters:", sum(c.isalpha() for c in TEXT), "lines:", len(TEXT.splitlines()))
print("words:", len(words), "unique:", len(set(words)), "sentences:", len(sentences))
print(f"average word length: {sum(map(len, words)) / len(words):.3f}")
print(f"average sentence length: {len(words) / len(sentences):.2f} words")
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f"{w:<{width}} {n:>3} {'#' * n}")
longest = sorted(set(words), key=lambda w: (-len(w), w))[:5]
print("longest:", longest)
by_letter = {}
for w in sorted(set(words)):
    by_letter.setdefault(w[0], []).append(w)
print({k: len(v) for k, v in sorted(by_letter.items())})
for i, s in enumerate(sentences, 1):
    print(f"{i:>2}. {s[:40]!r}{'...' if len(s) > 40 else ''} ({len(words_of(s))} words)")
hapax = sorted(w for w, n in freq.items() if n == 1)
print(len(hapax), hapax[:10])
vowels = sum(c in "aeiou" for c in TEXT.lower())
print(f"vowel ratio {vowels / sum(c.isalpha() for c in TEXT):.2%}")
