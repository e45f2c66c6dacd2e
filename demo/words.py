"""How the demo translations write their words: rich text paragraphs and
easy read blocks, shaped as the English demo content stores them."""


def p(*paragraphs):
    """Rich text, as campaigns/demo_content.py's text() writes it."""
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def easy(*sentences):
    """The words of one easy read block: one sentence a line."""
    return {"text": "\n".join(sentences)}
