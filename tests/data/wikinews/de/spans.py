"""Helper for the annotation modules: cut a quote out of a paragraph by its first and last words.

Long quotations are annotated as `cut(paragraph, "„Ich habe", "aussprechen“")`, the span from the
first occurrence of the opening snippet to the end of the first following occurrence of the closing
snippet, so the quote text is never retyped (and cannot drift from the paragraph). build.py still
locates the result in the full text and checks the offsets.
"""


def cut(text, first, last, skip=0):
    """Substring of `text` from the (skip+1)-th occurrence of `first` through the next `last`."""
    start = -1
    for _ in range(skip + 1):
        start = text.index(first, start + 1)
    end = text.index(last, start + 1) + len(last)
    return text[start:end]
